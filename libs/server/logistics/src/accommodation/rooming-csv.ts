import type { Response } from 'express';
import { assertAllowed, requiredParam, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import type { Person } from '@lr/server-core-domain';
import type { RoomingListRoom } from './rooming.types';
import { RoomingService } from './rooming.service';
import type { Stay } from './stay.entity';

/** One occupant of one room on the night (a row per person, as a hotel reads a rooming list). */
interface RoomingRow {
  room: RoomingListRoom;
  person: Person | undefined;
  stay: Stay;
}

const COLUMNS: CsvColumn<RoomingRow>[] = [
  { header: 'venue', value: (r) => r.room.venue.name },
  { header: 'room', value: (r) => r.room.room.name },
  { header: 'capacity', value: (r) => r.room.capacity },
  { header: 'family_name', value: (r) => r.person?.familyName },
  { header: 'given_name', value: (r) => r.person?.givenName },
  { header: 'check_in', value: (r) => r.stay.checkIn },
  { header: 'check_out', value: (r) => r.stay.checkOut },
  { header: 'other_routes_people', value: (r) => r.room.otherRoutesPeople },
  { header: 'free_beds', value: (r) => r.room.freeBeds },
];

/**
 * `GET /logistics/rooming.csv?routeId=…&night=YYYY-MM-DD`: who sleeps in which room that night,
 * by venue, room and family name, as `roomingList` gives it to the caller (users only; a
 * participant their own room only; the rooming service is the one query).
 */
export async function exportRoomingCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['USER'], 'rooming.csv');
  const routeId = requiredParam(query, 'routeId', 'uuid');
  const night = requiredParam(query, 'night', 'date');
  const list = await new RoomingService().roomingList(ctx, routeId, night);
  // `people` and `stays` are in the same order; a stay whose person is gone still shows its room.
  const rows = list.rooms.flatMap((room) => room.stays.map((stay): RoomingRow => ({ room, stay, person: room.people.find((p) => p.id === stay.personId) })));
  await streamCsv(res, { fileName: `rooming-${list.night}.csv`, columns: COLUMNS, rows });
}

/** A night's rooming list as CSV (issue 14). */
export function mountRoomingCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/logistics/rooming.csv',
    handle((req, res, ctx) => exportRoomingCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
