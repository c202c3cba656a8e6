/**
 * Demo data for travel (seed 000 §30; the Peru route, 2014-06-09 to 06-16): a traveller record
 * for everyone the delegations module says travels — the five national teams' SELECTED
 * participants and the route team, read through its public `travellersOf` — with their flights
 * from their capitals to Lima and home (see travel-demo-data.ts), tickets and visas at different
 * stages, passport details for most, someone of the route team meeting each arrival, and the
 * host ministry's visa letter template in English, French and Spanish.
 *
 * Everything goes through the travel area's services (their checks hold for the demo too) on a
 * request context over the demo loader's transaction. Passport numbers, dates of birth and
 * booking references are invented, from a fixed seed so every load is the same.
 */
import { In } from 'typeorm';
import { StateChange, type DemoSeedContext } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { travellersOf } from '@lr/server-delegations';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { LegDirection, TravelStatus, VisaStatus } from '../travel/travel-enums';
import { TravelLegService } from '../travel/travel-leg.service';
import { travelStatusMachine, visaStatusMachine } from '../travel/travel-machines';
import { TravelStatusService } from '../travel/travel-status.service';
import type { Traveller } from '../travel/traveller.entity';
import { TravellerService } from '../travel/traveller.service';
import { VisaLetterTemplateService } from '../visa/visa-letter-template.service';
import { travelDemoContext } from './travel-demo-context';
import { DELEGATION_ITINERARIES, NO_VISA_FOR_PERU, PERU_TEMPLATE, TEAM_ITINERARIES, type Itinerary } from './travel-demo-data';

/** A small deterministic generator: the same demo on every load. */
function generator(seed: string) {
  let state = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const next = () => (state = (state * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  return {
    pick: (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
    between: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** When the demo's moves were made, in the weeks before the route (their history reads as it happened). */
const MOVED_ON: Readonly<Record<string, string>> = {
  [`${visaStatusMachine.name}:${VisaStatus.NOT_NEEDED}`]: '2014-05-06T14:00:00Z',
  [`${visaStatusMachine.name}:${VisaStatus.APPLIED}`]: '2014-05-08T14:00:00Z',
  [`${travelStatusMachine.name}:${TravelStatus.BOOKED}`]: '2014-05-12T14:00:00Z',
  [`${travelStatusMachine.name}:${TravelStatus.TICKETED}`]: '2014-05-26T14:00:00Z',
  [`${visaStatusMachine.name}:${VisaStatus.GRANTED}`]: '2014-05-27T14:00:00Z',
};

export async function seedTravelDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  const route = await manager.getRepository(LearningRoute).findOne({ where: { hostCountryCode: 'PE' }, order: { startDate: 'ASC' } });
  if (!route?.startDate || !route.endDate) {
    logger.warn('no Peru demo route with dates: travel demo data skipped');
    return;
  }
  const ctx = travelDemoContext(manager, logger);
  const settings = new RouteLogisticsService();
  const travellers = new TravellerService(settings);
  const legs = new TravelLegService();
  const statuses = new TravelStatusService();

  const who = new Map((await travellersOf(ctx, route.id)).map((t) => [t.personId, t]));
  if (!who.size) {
    logger.warn('nobody travels on the Peru demo route: travel demo data skipped');
    return;
  }
  const created = await travellers.createForRoute(ctx, route.id);
  const people = new Map((await manager.getRepository(Person).findBy({ id: In(created.map((t) => t.personId)) })).map((p) => [p.id, p]));
  const byEmail = (email: string) => [...people.values()].find((p) => p.email === email);
  // Carolina (the project leader) lands first and meets the delegations; the interpreter, who
  // lives in Lima, meets her and the early-morning flight.
  const leader = byEmail('carolina.fuentes@example.org');
  const resident = [...people.values()].find((p) => p.countryCode === route.hostCountryCode && who.get(p.id)?.kind === 'TEAM');

  const seenInDelegation = new Map<string, number>();
  for (const record of created) {
    const person = people.get(record.personId);
    const travels = who.get(record.personId);
    if (!person || !travels) continue;
    const country = travels.countryCode ?? '';
    const rank = seenInDelegation.get(country) ?? 0;
    if (travels.kind === 'PARTICIPANT') seenInDelegation.set(country, rank + 1);
    const nationality = person.countryCode ?? travels.countryCode;
    const living = nationality === route.hostCountryCode;
    const random = generator(person.email ?? person.id);

    // Passport details for most: not for the interpreter who lives in Lima, nor (yet) for one
    // Guatemalan, whose number is still to come (Guatemalans need no visa for Peru).
    const noPassportYet = living || (country === 'GT' && rank === 2);
    let traveller: Traveller = await travellers.update(ctx, {
      id: record.id,
      version: record.version,
      nationalityCode: nationality,
      dateOfBirth: `${random.between(1964, 1989)}-${pad(random.between(1, 12))}-${pad(random.between(1, 28))}`,
      ...(noPassportYet ? {} : { passportNumber: `${random.pick('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${random.pick('0123456789', 7)}`, passportExpiry: `${random.between(2016, 2023)}-${pad(random.between(1, 12))}-15` }),
      insurance: living ? null : `${travels.kind === 'TEAM' ? 'AXA Assistance' : 'Allianz Travel'} ${random.pick('0123456789', 2)}-${random.pick('0123456789', 6)}`,
      insuredUntil: living ? null : '2014-06-20',
      notes: living ? 'Lives in Lima: needs no flights, travels with the group to the field visit (to be booked with the domestic legs).' : null,
    });

    const itinerary: Itinerary | undefined =
      travels.kind === 'TEAM' ? TEAM_ITINERARIES[person.email ?? ''] : country === 'GT' && rank === 1 ? guatemalanFareInQuetzales() : DELEGATION_ITINERARIES[country];
    if (!itinerary && !living) logger.warn('no demo itinerary for a traveller', { country, kind: travels.kind });
    const reference = random.pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
    for (const leg of itinerary?.legs ?? []) {
      const landsInLima = leg.direction === LegDirection.INBOUND && leg.to[1] === 'America/Lima';
      const greeter = person.id === leader?.id || leg.to[2].startsWith('2014-06-09') ? resident : leader;
      await legs.add(ctx, {
        travellerId: traveller.id,
        direction: leg.direction,
        fromPlace: leg.from[0],
        departTimeZone: leg.from[1],
        departLocal: leg.from[2],
        toPlace: leg.to[0],
        arriveTimeZone: leg.to[1],
        arriveLocal: leg.to[2],
        carrier: leg.carrier,
        bookingReference: reference,
        cost: leg.fare ? { amount: leg.fare, currency: itinerary?.currency ?? 'USD' } : null,
        meetPersonId: landsInLima && greeter ? greeter.id : null,
        meetingNote:
          landsInLima && greeter
            ? `${greeter.givenName} waits at international arrivals (exit B) with a Learning Routes sign; ${greeter.id === resident?.id ? 'a taxi, already paid,' : 'the minibus'} takes you to the hotel in Miraflores`
            : null,
      });
    }

    // Tickets: every journey booked; the Lao and Sierra Leonean ones not yet ticketed (visas, and
    // a fare that may still change); the interpreter's travel stays REQUESTED.
    if (itinerary) {
      traveller = await statuses.moveTravel(ctx, { id: traveller.id, version: traveller.version, to: TravelStatus.BOOKED });
      if (country !== 'LA' && country !== 'SL') traveller = await statuses.moveTravel(ctx, { id: traveller.id, version: traveller.version, to: TravelStatus.TICKETED });
    }
    // Visas: none where the passport needs none; granted for the others, but one Lao
    // participant whose application is still with the consulate.
    if (traveller.visaStatus === VisaStatus.TO_APPLY && nationality && NO_VISA_FOR_PERU.has(nationality)) {
      traveller = await statuses.moveVisa(ctx, { id: traveller.id, version: traveller.version, to: VisaStatus.NOT_NEEDED });
    } else if (traveller.visaStatus === VisaStatus.TO_APPLY) {
      traveller = await statuses.moveVisa(ctx, { id: traveller.id, version: traveller.version, to: VisaStatus.APPLIED });
      if (!(country === 'LA' && rank === 2)) traveller = await statuses.moveVisa(ctx, { id: traveller.id, version: traveller.version, to: VisaStatus.GRANTED });
    }
  }

  await new VisaLetterTemplateService().save(ctx, PERU_TEMPLATE);

  // The moves were just made; date them as they happened, before the route.
  const ids = created.map((t) => t.id);
  for (const [key, at] of Object.entries(MOVED_ON)) {
    const [machine, toState] = key.split(':');
    if (!ids.length) break;
    await manager
      .createQueryBuilder()
      .update(StateChange)
      .set({ at: new Date(at) })
      .where('machine = :machine AND to_state = :toState AND record_id IN (:...ids)', { machine, toState, ids })
      .execute();
  }
}

/** One Guatemalan bought their ticket at home, in quetzales. */
function guatemalanFareInQuetzales(): Itinerary {
  const usd = DELEGATION_ITINERARIES['GT'];
  return { currency: 'GTQ', legs: usd.legs.map((leg) => (leg.fare ? { ...leg, fare: '3475.00' } : leg)) };
}
