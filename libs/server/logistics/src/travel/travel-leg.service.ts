import {
  lockRow,
  loadForUpdate,
  NotFoundError,
  PhaseRuleError,
  ReferenceCheck,
  Service,
  toMinorUnits,
  ValidationError,
  type FieldProblem,
  type RequestContext,
} from '@lr/server-core';
import { PersonRef } from '@lr/server-core-domain';
import { legTimeProblems } from './leg-times';
import { TravelStatus } from './travel-enums';
import type { CreateTravelLegInput, UpdateTravelLegInput } from './travel-leg.inputs';
import { TravelLeg } from './travel-leg.entity';
import { missingForBooking, travelStatusMachine } from './travel-machines';
import { Traveller, TravellerRef } from './traveller.entity';

const blankToNull = (value: string | null | undefined) => value?.trim() || null;

type LegFields = Omit<CreateTravelLegInput, 'travellerId'>;

@Service()
export class TravelLegService {
  async add(ctx: RequestContext, input: CreateTravelLegInput): Promise<TravelLeg> {
    const check = new ReferenceCheck(ctx);
    const traveller = await check.one(TravellerRef, input.travellerId, 'input.travellerId');
    await check.one(PersonRef, input.meetPersonId, 'input.meetPersonId');
    check.assertValid();
    const repo = ctx.repo(TravelLeg);
    const leg = repo.create({ travellerId: input.travellerId, routeId: (traveller as Traveller).routeId });
    this.apply(leg, input);
    return repo.save(leg);
  }

  /**
   * Changes a leg. The traveller's row is locked first (as `transition` locks it), so a leg
   * change and a move of the traveller's tickets are decided one after the other: a booked
   * journey never loses its way in or home unseen.
   */
  async update(ctx: RequestContext, input: UpdateTravelLegInput): Promise<TravelLeg> {
    const { traveller, leg } = await this.lockLeg(ctx, input.id, input.version);
    if (input.meetPersonId) {
      const check = new ReferenceCheck(ctx);
      await check.one(PersonRef, input.meetPersonId, 'input.meetPersonId');
      check.assertValid();
    }
    const merged: LegFields = {
      direction: input.direction ?? leg.direction,
      fromPlace: input.fromPlace ?? leg.fromPlace,
      toPlace: input.toPlace ?? leg.toPlace,
      departLocal: input.departLocal ?? leg.departLocal,
      departTimeZone: input.departTimeZone ?? leg.departTimeZone,
      arriveLocal: input.arriveLocal ?? leg.arriveLocal,
      arriveTimeZone: input.arriveTimeZone ?? leg.arriveTimeZone,
      carrier: input.carrier === undefined ? leg.carrier : input.carrier,
      bookingReference: input.bookingReference === undefined ? leg.bookingReference : input.bookingReference,
      meetPersonId: input.meetPersonId === undefined ? leg.meetPersonId : input.meetPersonId,
      meetingNote: input.meetingNote === undefined ? leg.meetingNote : input.meetingNote,
    };
    this.apply(leg, merged);
    if (input.cost !== undefined) this.applyCost(leg, input.cost);
    if (input.direction) await this.assertStillBookable(ctx, traveller, (legs) => legs.map((l) => (l.id === leg.id ? leg : l)));
    return ctx.repo(TravelLeg).save(leg);
  }

  /** Removes a leg; a booked journey keeps a way in and a way home. Returns the id. */
  async remove(ctx: RequestContext, id: string, version: number): Promise<string> {
    const { traveller, leg } = await this.lockLeg(ctx, id, version);
    await this.assertStillBookable(ctx, traveller, (legs) => legs.filter((l) => l.id !== leg.id));
    await ctx.repo(TravelLeg).remove(leg);
    return id;
  }

  private async lockLeg(ctx: RequestContext, id: string, version: number): Promise<{ traveller: Traveller; leg: TravelLeg }> {
    const found = await ctx.repo(TravelLeg).findOne({ where: { id }, select: { id: true, travellerId: true } });
    if (!found) throw new NotFoundError('TravelLeg', id);
    const traveller = await lockRow(ctx, Traveller, found.travellerId);
    const leg = await loadForUpdate(ctx, TravelLeg, id, version);
    return { traveller, leg };
  }

  /** Refuses a change that would leave a BOOKED or TICKETED journey without a way in or home. */
  private async assertStillBookable(ctx: RequestContext, traveller: Traveller, change: (legs: TravelLeg[]) => TravelLeg[]): Promise<void> {
    if (traveller.travelStatus === TravelStatus.REQUESTED) return;
    const legs = await ctx.repo(TravelLeg).find({ where: { travellerId: traveller.id }, select: { id: true, direction: true } });
    const missing = missingForBooking(change(legs));
    if (!missing.length) return;
    throw new PhaseRuleError(
      `The traveller is ${traveller.travelStatus}: their journey must keep ${missing.map((m) => m.message).join(' and ')}. Move them back to REQUESTED (a change of plans) first`,
      traveller.travelStatus,
      traveller.travelStatus,
      travelStatusMachine.allowedMoves(ctx.principal, traveller.travelStatus),
      missing.map((m) => m.code),
    );
  }

  /** Sets the leg's fields from a complete set, checking places and times; every problem is reported at once. */
  private apply(leg: TravelLeg, fields: LegFields): void {
    const problems: FieldProblem[] = [];
    const fromPlace = fields.fromPlace.trim();
    const toPlace = fields.toPlace.trim();
    if (!fromPlace) problems.push({ path: 'input.fromPlace', message: 'must not be blank', constraint: 'isNotEmpty' });
    if (!toPlace) problems.push({ path: 'input.toPlace', message: 'must not be blank', constraint: 'isNotEmpty' });
    problems.push(...legTimeProblems(fields));
    if (problems.length) throw new ValidationError(problems);
    leg.direction = fields.direction;
    leg.fromPlace = fromPlace;
    leg.toPlace = toPlace;
    leg.departLocal = fields.departLocal;
    leg.departTimeZone = fields.departTimeZone;
    leg.arriveLocal = fields.arriveLocal;
    leg.arriveTimeZone = fields.arriveTimeZone;
    leg.carrier = blankToNull(fields.carrier);
    leg.bookingReference = blankToNull(fields.bookingReference)?.toUpperCase() ?? null;
    leg.meetPersonId = fields.meetPersonId ?? null;
    leg.meetingNote = blankToNull(fields.meetingNote);
    if ('cost' in fields && fields.cost !== undefined) this.applyCost(leg, fields.cost);
  }

  private applyCost(leg: TravelLeg, cost: CreateTravelLegInput['cost']): void {
    leg.costMinor = cost ? toMinorUnits(cost, 'input.cost') : null;
    leg.costCurrency = cost ? cost.currency : null;
  }
}
