/**
 * Demo data for accommodation: a hotel in Lima (fifteen rooms of one or two beds, rates in USD)
 * and a guest house in Ayacucho for the nights of the visits outside the capital (rates in PEN),
 * with stays for everyone travelling on the Peru route: Lima from the first night, Ayacucho on
 * the nights of the agenda's days outside the capital (seeded before; the fourth day otherwise),
 * Lima again until the route's last day, when the flights home leave (the travel demo's). Who
 * travels is read from the travel area's Traveller rows (seeded before this); without them,
 * from the route's selected participants and route team. Someone who lives in the host country
 * needs no hotel in its capital, only in Ayacucho.
 *
 * The venues, addresses and phone numbers are invented.
 */
import type { EntityManager } from 'typeorm';
import type { DemoSeedContext } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { addDays } from '../accommodation/nights';
import { Room } from '../accommodation/room.entity';
import { Stay } from '../accommodation/stay.entity';
import { Venue } from '../accommodation/venue.entity';
import { Traveller } from '../travel/traveller.entity';

async function save<T extends object>(manager: EntityManager, entity: new () => T, data: Partial<T>): Promise<T> {
  const repo = manager.getRepository(entity);
  return repo.save(repo.create(data as T));
}

interface RoomSeed {
  name: string;
  capacity: number;
  /** Per person and night, in minor units of `currency`. */
  rateMinor: string;
  currency: string;
}

const LIMA_ROOMS: RoomSeed[] = [
  ...['101', '102', '103', '104', '105'].map((name) => ({ name, capacity: 1, rateMinor: '8500', currency: 'USD' })),
  ...['201', '202', '203', '204', '205', '206', '207', '208', '209', '210'].map((name) => ({ name, capacity: 2, rateMinor: '6250', currency: 'USD' })),
];

const AYACUCHO_ROOMS: RoomSeed[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((n) => ({ name: `Habitación ${n}`, capacity: 2, rateMinor: '14000', currency: 'PEN' }));

async function venueWithRooms(manager: EntityManager, venue: Partial<Venue>, rooms: RoomSeed[]): Promise<Room[]> {
  const saved = await save(manager, Venue, venue);
  const out: Room[] = [];
  for (const r of rooms) out.push(await save(manager, Room, { venueId: saved.id, name: r.name, capacity: r.capacity, nightlyRateMinor: r.rateMinor, nightlyRateCurrency: r.currency }));
  return out;
}

/** Beds handed out in order: a room is filled before the next. */
function bedsOf(rooms: Room[]): Room[] {
  return rooms.flatMap((room) => Array.from({ length: room.capacity }, () => room));
}

interface Sleeper {
  personId: string;
  /** Lives in the host country: no hotel in its capital. */
  local: boolean;
}

/** The people travelling on the route: the travel area's travellers, else delegations' selected participants and route team (team first). */
async function travellingPeople(manager: EntityManager, route: LearningRoute): Promise<Sleeper[]> {
  const travellers = await manager.getRepository(Traveller).find({ where: { routeId: route.id }, order: { createdAt: 'ASC' } });
  if (travellers.length) return travellers.map((t) => ({ personId: t.personId, local: t.nationalityCode === route.hostCountryCode }));
  const rows: { person_id: string; country_code: string | null }[] = await manager.query(
    `SELECT t.person_id, p.country_code FROM (
       SELECT person_id, 0 AS team, created_at FROM participant WHERE route_id = $1 AND status = 'SELECTED'
       UNION ALL SELECT person_id, 1 AS team, created_at FROM route_team_member WHERE route_id = $1
     ) t JOIN person p ON p.id = t.person_id ORDER BY t.team DESC, t.created_at`,
    [route.id],
  );
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.person_id) && seen.add(r.person_id)).map((r) => ({ personId: r.person_id, local: r.country_code === route.hostCountryCode }));
}

/**
 * The nights spent outside the capital: from the first to the last agenda day with a session
 * there (the route flies back the next morning); the fourth day alone without an agenda.
 * Always leaves a night in Lima before the last day.
 */
async function nightsOutsideCapital(manager: EntityManager, route: LearningRoute & { startDate: string; endDate: string }): Promise<{ from: string; to: string }> {
  const [row]: { first: string | null; last: string | null }[] = await manager.query(
    `SELECT min(d.date)::text AS first, max(d.date)::text AS last FROM agenda_session s JOIN agenda_day d ON d.id = s.day_id WHERE s.route_id = $1 AND s.outside_capital`,
    [route.id],
  );
  const latest = addDays(route.endDate, -2);
  const from = row?.first ?? addDays(route.startDate, 3);
  const to = row?.last ?? from;
  return { from: from < latest ? from : latest, to: to < latest ? to : latest };
}

export async function seedAccommodationDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  const route = await manager.getRepository(LearningRoute).findOne({ where: { hostCountryCode: 'PE' }, order: { startDate: 'ASC' } });
  if (!route?.startDate || !route.endDate) {
    logger.warn('no Peru route with dates: no accommodation demo');
    return;
  }
  const dated = route as LearningRoute & { startDate: string; endDate: string };
  const lima = await venueWithRooms(
    manager,
    { name: 'Hotel Mirador de Miraflores', address: 'Av. José Larco 1150, Miraflores', city: 'Lima', countryCode: 'PE', phone: '+51 1 000 2000' },
    LIMA_ROOMS,
  );
  const ayacucho = await venueWithRooms(
    manager,
    { name: 'Hostal Plaza de Huamanga', address: 'Jr. 28 de Julio 178', city: 'Ayacucho', countryCode: 'PE', phone: '+51 66 000 300' },
    AYACUCHO_ROOMS,
  );
  const people = await travellingPeople(manager, route);
  const limaBeds = bedsOf(lima);
  const ayacuchoBeds = bedsOf(ayacucho);
  const away = await nightsOutsideCapital(manager, dated);
  const back = addDays(away.to, 1);
  // Everyone leaves on the route's last day (the travel area's flights home), so its night is not booked.
  const lastMorning = dated.endDate;
  for (const [i, { personId, local }] of people.entries()) {
    const ayacuchoRoom = ayacuchoBeds[i];
    const limaRoom = local ? null : (limaBeds.shift() ?? null);
    if (!ayacuchoRoom || (!local && !limaRoom)) {
      logger.warn(`${people.length} travellers for the demo's beds: some get no room`);
      break;
    }
    const stays: [Room | null, string, string][] = [
      [limaRoom, dated.startDate, away.from],
      [ayacuchoRoom, away.from, back],
      [limaRoom, back, lastMorning],
    ];
    for (const [room, checkIn, checkOut] of stays) {
      if (!room || checkOut <= checkIn) continue;
      await save(manager, Stay, { routeId: route.id, personId, roomId: room.id, checkIn, checkOut, nightlyRateMinor: room.nightlyRateMinor, nightlyRateCurrency: room.nightlyRateCurrency });
    }
  }
}
