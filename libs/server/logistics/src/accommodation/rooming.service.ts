import { In } from 'typeorm';
import { isLocalDate, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { getRoute, loadPerson, type Person } from '@lr/server-core-domain';
import { addDays, nightsOf } from './nights';
import { Room } from './room.entity';
import type { RoomingList, RoomingListRoom, RoomingNight } from './rooming.types';
import { Stay } from './stay.entity';
import { scopeStays } from './stay-scope';
import { Venue } from './venue.entity';

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });

@Service()
export class RoomingService {
  /**
   * The rooms the route's people sleep in on `night`, each with its occupants; participants see
   * their own room only (the stays' row rules).
   */
  async roomingList(ctx: RequestContext, routeId: string, night: string): Promise<RoomingList> {
    const route = await getRoute(ctx, routeId);
    if (!isLocalDate(night)) throw ValidationError.field('night', 'must be a date written YYYY-MM-DD', 'isLocalDate');
    if (!route.startDate || !route.endDate || night < route.startDate || night > route.endDate) {
      throw route.startDate && route.endDate
        ? ValidationError.field('night', `is outside the route's dates (${route.startDate} to ${route.endDate})`, 'withinRouteDates')
        : ValidationError.field('night', 'the route has no dates yet', 'routeDates');
    }
    const q = ctx.repo(Stay).createQueryBuilder('s').where('s.route_id = :routeId AND s.check_in <= :night AND s.check_out > :night', { routeId, night });
    const stays = await scopeStays(ctx, q, 's').getMany();
    const roomIds = [...new Set(stays.map((s) => s.roomId))];
    const rooms = roomIds.length ? await ctx.repo(Room).findBy({ id: In(roomIds) }) : [];
    const venueIds = [...new Set(rooms.map((r) => r.venueId))];
    const venues = new Map((venueIds.length ? await ctx.repo(Venue).findBy({ id: In(venueIds) }) : []).map((v) => [v.id, v]));
    const others = new Map<string, number>();
    if (roomIds.length) {
      const counts: { room_id: string; people: number }[] = await ctx.entityManager.query(
        `SELECT room_id, count(*)::int AS people FROM stay WHERE room_id = ANY($1::uuid[]) AND route_id <> $2 AND check_in <= $3 AND check_out > $3 GROUP BY room_id`,
        [roomIds, routeId, night],
      );
      for (const c of counts) others.set(c.room_id, c.people);
    }
    const people = new Map<string, Person | null>(await Promise.all(stays.map(async (s) => [s.personId, await loadPerson(ctx, s.personId)] as const)));
    const nameOf = (personId: string) => {
      const p = people.get(personId);
      return p ? `${p.familyName} ${p.givenName}` : '';
    };
    const entries: RoomingListRoom[] = rooms.map((room) => {
      const inRoom = stays.filter((s) => s.roomId === room.id).sort((a, b) => byName(nameOf(a.personId), nameOf(b.personId)));
      const otherRoutesPeople = others.get(room.id) ?? 0;
      return {
        venue: venues.get(room.venueId) as Venue,
        room,
        capacity: room.capacity,
        people: inRoom.map((s) => people.get(s.personId)).filter((p): p is Person => !!p),
        stays: inRoom,
        otherRoutesPeople,
        freeBeds: Math.max(0, room.capacity - inRoom.length - otherRoutesPeople),
      };
    });
    entries.sort((a, b) => byName(a.venue.name, b.venue.name) || byName(a.room.name, b.room.name));
    return { routeId, night, rooms: entries, people: stays.length };
  }

  /** Every night of the route (its first day to its last), with how many of its people have a room. */
  async roomingNights(ctx: RequestContext, routeId: string): Promise<RoomingNight[]> {
    const route = await getRoute(ctx, routeId);
    if (!route.startDate || !route.endDate) return [];
    const nights = nightsOf(route.startDate, addDays(route.endDate, 1));
    const q = ctx
      .repo(Stay)
      .createQueryBuilder('s')
      .select(['s.id', 's.personId', 's.roomId', 's.checkIn', 's.checkOut'])
      .where('s.route_id = :routeId', { routeId });
    const stays = await scopeStays(ctx, q, 's').getMany();
    return nights.map((night) => {
      const that = stays.filter((s) => s.checkIn <= night && night < s.checkOut);
      return { night, people: that.length, rooms: new Set(that.map((s) => s.roomId)).size };
    });
  }
}
