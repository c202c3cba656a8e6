import type { Response } from 'express';
import { eachRow, filterFromQuery, loadMany, localize, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadCountry } from '@lr/server-core-domain';
import { Room } from './room.entity';
import type { Venue } from './venue.entity';
import { VenueFilter } from './venue.inputs';
import { exportStaysCsv } from './stays-csv';
import { VENUE_SORT, venuesQuery } from './venue.service';

interface VenueRow {
  venue: Venue;
  country: string | null;
  rooms: number;
}

const COLUMNS: CsvColumn<VenueRow>[] = [
  { header: 'venue_id', value: (r) => r.venue.id },
  { header: 'name', value: (r) => r.venue.name },
  { header: 'city', value: (r) => r.venue.city },
  { header: 'country_code', value: (r) => r.venue.countryCode },
  { header: 'country', value: (r) => r.country },
  { header: 'address', value: (r) => r.venue.address },
  { header: 'phone', value: (r) => r.venue.phone },
  { header: 'rooms', value: (r) => r.rooms },
];

/** `GET /logistics/venues.csv?<venues(filter:) fields>`: the venues the list shows, by country, city and name. */
export async function exportVenuesCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(VenueFilter, query);
  const rows = eachRow(rowsInPages(venuesQuery(ctx, filter), VENUE_SORT), (venues) =>
    Promise.all(
      venues.map(async (venue): Promise<VenueRow> => {
        const [country, rooms] = await Promise.all([loadCountry(ctx, venue.countryCode), loadMany(ctx, Room, venue.id, 'venueId')]);
        return { venue, country: country ? localize(country.name, ctx.language) : null, rooms: rooms.length };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'venues.csv', columns: COLUMNS, rows });
}

/** The accommodation lists as CSV (issue 14): venues (anyone signed in) and stays (users, not keys). */
export function mountVenuesCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/logistics/venues.csv',
    handle((req, res, ctx) => exportVenuesCsv(ctx, req.query as Record<string, unknown>, res)),
  );
  app.get(
    '/logistics/stays.csv',
    handle((req, res, ctx) => exportStaysCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
