import {
  findOrFail,
  hasSearch,
  loadForUpdate,
  loadOne,
  lockRowIfExists,
  NotFoundError,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  toMinorUnits,
  ValidationError,
  type Connection,
  type MoneyInput,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { getRoute, Person, PersonRef, RouteRef, type LearningRoute } from '@lr/server-core-domain';
import { travellersOf } from '@lr/server-delegations';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { addDays, describeNights, fullNights, nightsOf, type NightSpan } from './nights';
import { Room } from './room.entity';
import { Stay } from './stay.entity';
import type { AddStayInput, StayFilter, StaysArgs, UpdateStayInput } from './stay.inputs';
import { scopeStays, stayScope } from './stay-scope';
import { Venue } from './venue.entity';

/** A stay of the same room or person over some of the same nights, with where it is (for messages). */
interface OtherStay extends NightSpan {
  roomName: string;
  venueName: string;
}

/** A money input as minor units, its problem reported on `check` instead of thrown. */
function minorUnitsOrReport(check: ReferenceCheck, money: MoneyInput, path: string): string | null {
  try {
    return toMinorUnits(money, path);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const problem of error.fields) check.add(problem.path, problem.message, problem.constraint);
    return null;
  }
}

/**
 * The stays `stays(filter:)` lists (alias `s`), limited to what the caller reads (`scopeStays`).
 * The CSV export runs the same query.
 */
export function staysQuery(ctx: RequestContext, f: StayFilter | undefined) {
  const q = ctx.repo(Stay).createQueryBuilder('s');
  if (f?.routeId) q.andWhere('s.route_id = :routeId', { routeId: f.routeId });
  if (f?.personId) q.andWhere('s.person_id = :personId', { personId: f.personId });
  if (f?.roomId) q.andWhere('s.room_id = :roomId', { roomId: f.roomId });
  if (f?.venueId) q.andWhere('EXISTS (SELECT 1 FROM room fr WHERE fr.id = s.room_id AND fr.venue_id = :venueId)', { venueId: f.venueId });
  if (f?.night) q.andWhere('s.check_in <= :night AND s.check_out > :night', { night: f.night });
  if (hasSearch(f?.search)) {
    // Person is joined (not read through a repository) to search by name.
    q.leftJoin(Person, 'sp', 'sp.id = s.person_id').leftJoin(Room, 'sr', 'sr.id = s.room_id').leftJoin(Venue, 'sv', 'sv.id = sr.venue_id');
    q.andWhere(`(${textMatches('sp', { plain: ['given_name', 'family_name'] })} OR ${textMatches('sr', { plain: ['name'] })} OR ${textMatches('sv', { plain: ['name'] })})`, {
      term: searchTerm(f.search),
    });
  }
  scopeStays(ctx, q, 's');
  return q;
}

/** By check-in. */
export const STAY_SORT: SortKey = { expression: 's.check_in', direction: 'ASC' };

@Service()
export class StayService {
  constructor(private readonly logistics: RouteLogisticsService) {}

  /** Ordered by check-in; limited to what the caller may see (see `stayScope`). */
  list(ctx: RequestContext, args: StaysArgs, selection?: Selection): Promise<Connection<Stay>> {
    return paginate(staysQuery(ctx, args.filter), args, STAY_SORT, selection);
  }

  /** NOT_FOUND also when the caller may not see it. */
  async get(ctx: RequestContext, id: string): Promise<Stay> {
    const stay = await findOrFail(ctx, Stay, id);
    if (!('all' in stayScope(ctx)) && !(await scopeStays(ctx, ctx.repo(Stay).createQueryBuilder('s').where('s.id = :id', { id }), 's').getExists())) {
      throw new NotFoundError('Stay', id);
    }
    return stay;
  }

  /**
   * Books a person into a room for some nights of a route. The checks read several rows (the
   * room's other stays, the person's), so they run under locks taken in one order: the route's
   * logistics row, the person (an advisory lock: their stays on other routes count too), then the
   * room's row (venues are shared, so stays of other routes fill the same room).
   */
  async add(ctx: RequestContext, input: AddStayInput): Promise<Stay> {
    const check = new ReferenceCheck(ctx);
    const route = await check.one(RouteRef, input.routeId, 'input.routeId');
    await check.one(PersonRef, input.personId, 'input.personId');
    if (input.checkOut <= input.checkIn) check.add('input.checkOut', `must be after checkIn (${input.checkIn}): a stay has at least one night`, 'afterCheckIn');
    const rate = input.nightlyRate ? minorUnitsOrReport(check, input.nightlyRate, 'input.nightlyRate') : null;
    check.assertValid();
    await this.logistics.lockRoute(ctx, input.routeId);
    await this.lockPerson(ctx, input.personId);
    const room = await this.lockRoom(ctx, input.roomId);
    const stay = ctx.repo(Stay).create({
      routeId: input.routeId,
      personId: input.personId,
      roomId: room.id,
      checkIn: input.checkIn,
      checkOut: input.checkOut,
      nightlyRateMinor: rate ?? room.nightlyRateMinor,
      nightlyRateCurrency: rate !== null ? (input.nightlyRate?.currency ?? null) : room.nightlyRateCurrency,
    });
    await this.assertFits(ctx, route as LearningRoute, stay, room);
    return ctx.repo(Stay).save(stay);
  }

  async update(ctx: RequestContext, input: UpdateStayInput): Promise<Stay> {
    // The route of a stay never changes: read it first to take the locks in the same order as `add`.
    const { routeId } = await findOrFail(ctx, Stay, input.id);
    await this.logistics.lockRoute(ctx, routeId);
    const stay = await loadForUpdate(ctx, Stay, input.id, input.version);
    await this.lockPerson(ctx, stay.personId);
    const roomChanged = input.roomId !== undefined && input.roomId !== stay.roomId;
    const room = await this.lockRoom(ctx, input.roomId ?? stay.roomId);
    const check = new ReferenceCheck(ctx);
    stay.checkIn = input.checkIn ?? stay.checkIn;
    stay.checkOut = input.checkOut ?? stay.checkOut;
    if (stay.checkOut <= stay.checkIn) check.add(input.checkOut ? 'input.checkOut' : 'input.checkIn', `check-out (${stay.checkOut}) must be after check-in (${stay.checkIn})`, 'afterCheckIn');
    if (input.nightlyRate) {
      const rate = minorUnitsOrReport(check, input.nightlyRate, 'input.nightlyRate');
      stay.nightlyRateMinor = rate;
      stay.nightlyRateCurrency = rate === null ? null : input.nightlyRate.currency;
    } else if (input.nightlyRate === null || roomChanged) {
      stay.nightlyRateMinor = room.nightlyRateMinor;
      stay.nightlyRateCurrency = room.nightlyRateCurrency;
    }
    check.assertValid();
    stay.roomId = room.id;
    await this.assertFits(ctx, await getRoute(ctx, routeId), stay, room);
    return ctx.repo(Stay).save(stay);
  }

  async remove(ctx: RequestContext, id: string, version: number): Promise<string> {
    const stay = await loadForUpdate(ctx, Stay, id, version);
    await ctx.repo(Stay).remove(stay);
    return id;
  }

  /**
   * The rules of a stay, all reported at once on the fields concerned: its nights fall within
   * the route's dates, the person travels on the route, the room has a free bed every night,
   * and the person has no other room on any of those nights. Callers hold the locks.
   */
  private async assertFits(ctx: RequestContext, route: LearningRoute, stay: Stay, room: Room): Promise<void> {
    const check = new ReferenceCheck(ctx);
    const nights = nightsOf(stay.checkIn, stay.checkOut);
    if (!route.startDate || !route.endDate) {
      check.add('input.routeId', 'the route has no dates yet: set its start and end dates before booking rooms', 'routeDates');
    } else {
      if (stay.checkIn < route.startDate) check.add('input.checkIn', `the first night (${stay.checkIn}) is before the route starts (${route.startDate})`, 'nightsWithinRoute');
      const last = nights[nights.length - 1];
      if (last > route.endDate) check.add('input.checkOut', `the last night (${last}) is after the route ends (${route.endDate}): check out on ${addDays(route.endDate, 1)} at the latest`, 'nightsWithinRoute');
    }
    const travellers = await travellersOf(ctx, route.id);
    if (!travellers.some((t) => t.personId === stay.personId)) {
      check.add('input.personId', 'is not travelling on this route: rooms are for its selected participants and its route team', 'notTravelling');
    }
    const [inRoom, ofPerson] = await Promise.all([this.othersOverlapping(ctx, 'room_id', room.id, stay), this.othersOverlapping(ctx, 'person_id', stay.personId, stay)]);
    const full = fullNights(inRoom, nights, room.capacity);
    if (full.length) {
      const venue = await loadOne(ctx, Venue, room.venueId);
      check.add('input.roomId', `room ${room.name} at ${venue?.name ?? 'its venue'} is full on ${describeNights(full)} (${room.capacity} ${room.capacity === 1 ? 'bed' : 'beds'})`, 'roomFull');
    }
    const clashes = ofPerson.filter((other) => nights.some((n) => other.checkIn <= n && n < other.checkOut));
    if (clashes.length) {
      const clashNights = nights.filter((n) => clashes.some((other) => other.checkIn <= n && n < other.checkOut));
      const where = [...new Set(clashes.map((c) => `room ${c.roomName} at ${c.venueName}`))].join(', ');
      check.add('input.personId', `already has a room on ${describeNights(clashNights)} (${where})`, 'personHasRoom');
    }
    check.assertValid();
  }

  /** Other stays of a room or a person sharing a night with `stay` (any route). */
  private async othersOverlapping(ctx: RequestContext, column: 'room_id' | 'person_id', value: string, stay: Stay): Promise<OtherStay[]> {
    const rows: { check_in: string; check_out: string; room_name: string; venue_name: string }[] = await ctx.entityManager.query(
      `SELECT s.check_in::text AS check_in, s.check_out::text AS check_out, r.name AS room_name, v.name AS venue_name
         FROM stay s JOIN room r ON r.id = s.room_id JOIN venue v ON v.id = r.venue_id
        WHERE s.${column} = $1 AND s.check_in < $3 AND s.check_out > $2 AND ($4::uuid IS NULL OR s.id <> $4::uuid)`,
      [value, stay.checkIn, stay.checkOut, stay.id ?? null],
    );
    return rows.map((r) => ({ checkIn: r.check_in, checkOut: r.check_out, roomName: r.room_name, venueName: r.venue_name }));
  }

  /** The room's row, locked FOR UPDATE: its stays are counted only once no one else can add one. */
  private async lockRoom(ctx: RequestContext, roomId: string): Promise<Room> {
    const room = await lockRowIfExists(ctx, Room, roomId);
    if (!room) throw ValidationError.field('input.roomId', `no room has the id ${roomId}`, 'roomExists');
    return room;
  }

  /**
   * A transaction-long advisory lock on the person: the route's lock serialises one route's
   * bookings, this one the person's across routes (one person, one bed a night). Taken after the
   * route's lock and before the room's, in every path, so two bookings never wait on each other
   * in a circle.
   */
  private async lockPerson(ctx: RequestContext, personId: string): Promise<void> {
    await ctx.entityManager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`logistics.stay.person:${personId}`]);
  }
}
