import { ObjectType } from 'type-graphql';
import { defineStateMachine, StateChangeType, type Missing, type MoveRule, type RequestContext } from '@lr/server-core';
import { LOGISTICS } from '../common/access';
import { missingPassportFields, PASSPORT_FIELD_LABELS } from './passport';
import { LegDirection, TravelStatus, VisaStatus } from './travel-enums';
import { TravelLeg } from './travel-leg.entity';
import { Traveller } from './traveller.entity';

const { REQUESTED, BOOKED, TICKETED } = TravelStatus;

const travelMoves: MoveRule<TravelStatus>[] = [
  { from: REQUESTED, to: BOOKED },
  { from: BOOKED, to: TICKETED },
  // A change of plans (new dates, a missed connection, a visa refused): the bookings are
  // redone, and the reason stays in the history.
  { from: [BOOKED, TICKETED], to: REQUESTED, needsReason: true },
];

/**
 * What a journey lacks before it is booked: a way in and a way home. Used by the machine's
 * guard and by leg changes, which may not take either away from a booked journey.
 */
export function missingForBooking(legs: readonly Pick<TravelLeg, 'direction'>[]): Missing[] {
  const missing: Missing[] = [];
  if (!legs.some((l) => l.direction === LegDirection.INBOUND)) missing.push({ code: 'INBOUND_LEG', message: 'an INBOUND leg (the journey to the host country)' });
  if (!legs.some((l) => l.direction === LegDirection.OUTBOUND)) missing.push({ code: 'OUTBOUND_LEG', message: 'an OUTBOUND leg (the journey home)' });
  return missing;
}

function legsOf(ctx: RequestContext, travellerId: string): Promise<TravelLeg[]> {
  return ctx.repo(TravelLeg).find({ where: { travellerId }, select: { id: true, direction: true, fromPlace: true, toPlace: true, bookingReference: true } });
}

/**
 * A traveller's tickets: REQUESTED → BOOKED → TICKETED, back to REQUESTED with a reason.
 * Booked and ticketed journeys have a way in and a way home; a ticketed one has a booking
 * reference on every leg (the ticket's record locator is what the traveller checks in with).
 */
export const travelStatusMachine = defineStateMachine<Traveller, TravelStatus>({
  name: 'traveller.travel',
  module: LOGISTICS,
  entity: Traveller,
  property: 'travelStatus',
  label: 'traveller',
  moves: travelMoves,
  guards: [
    { to: [BOOKED, TICKETED], check: async (ctx, traveller) => missingForBooking(await legsOf(ctx, traveller.id)) },
    {
      to: TICKETED,
      check: async (ctx, traveller) => {
        const without = (await legsOf(ctx, traveller.id)).filter((l) => !l.bookingReference);
        return without.length
          ? [{ code: 'BOOKING_REFERENCE', message: `a booking reference on every leg (missing on ${without.map((l) => `${l.fromPlace} → ${l.toPlace}`).join(', ')})` }]
          : [];
      },
    },
  ],
  // Travel is internal: partners are not told of it, and reasons can be private.
  publishesMoves: false,
});

const { NOT_NEEDED, TO_APPLY, APPLIED, GRANTED, REFUSED } = VisaStatus;

/**
 * The visa's moves, as consulates work:
 * - NOT_NEEDED ↔ TO_APPLY: whether a visa is needed depends on the passport and the two
 *   countries' agreements, which editors check and may correct either way;
 * - TO_APPLY → APPLIED → GRANTED | REFUSED (a refusal keeps the consulate's reason);
 * - REFUSED → APPLIED: the traveller applies again (with new documents);
 * - APPLIED → TO_APPLY, with a reason: the consulate returned the file incomplete;
 * - GRANTED → TO_APPLY, with a reason, by admins only: a visa that no longer covers the trip
 *   (new dates) — rare, and it undoes a consulate's decision on record.
 * There is no way back from GRANTED or REFUSED to NOT_NEEDED: once a consulate has decided,
 * that decision is history to keep.
 */
const visaMoves: MoveRule<VisaStatus>[] = [
  { from: NOT_NEEDED, to: TO_APPLY },
  { from: TO_APPLY, to: NOT_NEEDED },
  { from: TO_APPLY, to: APPLIED },
  { from: APPLIED, to: GRANTED },
  { from: APPLIED, to: REFUSED, needsReason: true },
  { from: REFUSED, to: APPLIED },
  { from: APPLIED, to: TO_APPLY, needsReason: true },
  { from: GRANTED, to: TO_APPLY, needsReason: true, by: 'admins' },
];

/**
 * A traveller's visa. Applying needs the passport details the invitation letter prints (a
 * consulate takes no application without the letter).
 */
export const visaStatusMachine = defineStateMachine<Traveller, VisaStatus>({
  name: 'traveller.visa',
  module: LOGISTICS,
  entity: Traveller,
  property: 'visaStatus',
  label: 'traveller',
  moves: visaMoves,
  guards: [
    {
      to: APPLIED,
      check: (_ctx, traveller) =>
        missingPassportFields(traveller).map((field) => ({ code: field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(), message: `their ${PASSPORT_FIELD_LABELS[field]}` })),
    },
  ],
  publishesMoves: false,
});

/** One move of a traveller's tickets, with who made it and why. */
@ObjectType()
export class TravelStatusChange extends StateChangeType(TravelStatus, 'TravelStatusChange') {}

/** One move of a traveller's visa, with who made it and why. */
@ObjectType()
export class VisaStatusChange extends StateChangeType(VisaStatus, 'VisaStatusChange') {}
