import type { Response } from 'express';
import { assertAllowed, eachRow, filterFromQuery, loadOne, moneyFromMinor, rowsInPages, streamCsv, type CsvColumn, type CsvValue, type RequestContext } from '@lr/server-core';
import { loadPerson, type Person } from '@lr/server-core-domain';
import { isInternal } from '../budget/budget-access';
import { Room } from './room.entity';
import type { Stay } from './stay.entity';
import { StayFilter } from './stay.inputs';
import { STAY_SORT, staysQuery } from './stay.service';
import { Venue } from './venue.entity';

interface StayRow {
  stay: Stay;
  person: Person | null;
  room: Room | null;
  venue: Venue | null;
}

/** The columns; the rate is internal (`@InternalOnly`): empty for participants, as in the API. */
function columns(ctx: RequestContext): CsvColumn<StayRow>[] {
  const internal = (value: (r: StayRow) => CsvValue) => (r: StayRow) => (isInternal(ctx.principal) ? value(r) : null);
  return [
    { header: 'stay_id', value: (r) => r.stay.id },
    { header: 'given_name', value: (r) => r.person?.givenName },
    { header: 'family_name', value: (r) => r.person?.familyName },
    { header: 'venue', value: (r) => r.venue?.name },
    { header: 'room', value: (r) => r.room?.name },
    { header: 'check_in', value: (r) => r.stay.checkIn },
    { header: 'check_out', value: (r) => r.stay.checkOut },
    { header: 'nightly_rate', value: internal((r) => moneyFromMinor(r.stay.nightlyRateMinor, r.stay.nightlyRateCurrency)?.amount) },
    { header: 'currency', value: internal((r) => r.stay.nightlyRateCurrency) },
  ];
}

/**
 * `GET /logistics/stays.csv?<stays(filter:) fields>`: the stays the list shows the caller
 * (participants their own), by check-in; like the list, refused to API keys.
 */
export async function exportStaysCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['USER'], 'stays.csv');
  const filter = await filterFromQuery(StayFilter, query);
  const rows = eachRow(rowsInPages(staysQuery(ctx, filter), STAY_SORT), (stays) =>
    Promise.all(
      stays.map(async (stay): Promise<StayRow> => {
        const [person, room] = await Promise.all([loadPerson(ctx, stay.personId), loadOne(ctx, Room, stay.roomId)]);
        const venue = room ? await loadOne(ctx, Venue, room.venueId) : null;
        return { stay, person, room, venue };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'stays.csv', columns: columns(ctx), rows });
}
