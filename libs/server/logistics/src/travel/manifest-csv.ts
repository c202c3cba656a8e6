import type { Response } from 'express';
import { assertAllowed, requiredParam, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadPerson, type Person } from '@lr/server-core-domain';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import type { ManifestEntry } from './manifest.types';
import { ManifestService } from './manifest.service';
import { routeTravellers } from './route-travellers';

interface ManifestRow {
  move: 'ARRIVAL' | 'DEPARTURE';
  entry: ManifestEntry;
  person: Person | null;
  kind: string | null;
  countryCode: string | null;
  meetBy: Person | null;
}

const fullName = (p: Person | null) => (p ? `${p.givenName} ${p.familyName}` : null);

const COLUMNS: CsvColumn<ManifestRow>[] = [
  { header: 'move', value: (r) => r.move },
  { header: 'time', value: (r) => r.entry.time },
  { header: 'at', value: (r) => r.entry.at },
  { header: 'given_name', value: (r) => r.person?.givenName },
  { header: 'family_name', value: (r) => r.person?.familyName },
  { header: 'traveller_kind', value: (r) => r.kind },
  { header: 'delegation_country_code', value: (r) => r.countryCode },
  { header: 'from_place', value: (r) => r.entry.fromPlace },
  { header: 'to_place', value: (r) => r.entry.toPlace },
  { header: 'carrier', value: (r) => r.entry.carrier },
  { header: 'booking_reference', value: (r) => r.entry.bookingReference },
  { header: 'meeting_note', value: (r) => r.entry.meetingNote },
  { header: 'met_by', value: (r) => fullName(r.meetBy) },
];

/**
 * `GET /logistics/manifest.csv?routeId=…&date=YYYY-MM-DD`: the day's arrivals, then its
 * departures, by time, as `arrivalsAndDepartures` gives them to the caller (users only, a
 * participant themself only; the manifest service is the one query).
 */
export async function exportManifestCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['USER'], 'manifest.csv');
  const routeId = requiredParam(query, 'routeId', 'uuid');
  const date = requiredParam(query, 'date', 'date');
  const manifest = await new ManifestService(new RouteLogisticsService()).day(ctx, routeId, date);
  const travellers = await routeTravellers(ctx, routeId);
  const row = async (move: ManifestRow['move'], entry: ManifestEntry): Promise<ManifestRow> => {
    const [person, meetBy] = await Promise.all([loadPerson(ctx, entry.traveller.personId), entry.leg.meetPersonId ? loadPerson(ctx, entry.leg.meetPersonId) : null]);
    const known = travellers.get(entry.traveller.personId);
    return { move, entry, person, meetBy, kind: known?.kind ?? null, countryCode: known?.countryCode ?? null };
  };
  const rows = await Promise.all([...manifest.arrivals.map((e) => row('ARRIVAL', e)), ...manifest.departures.map((e) => row('DEPARTURE', e))]);
  await streamCsv(res, { fileName: `manifest-${manifest.date}.csv`, columns: COLUMNS, rows });
}

/** The arrivals and departures of a day as CSV (issue 14). */
export function mountManifestCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/logistics/manifest.csv',
    handle((req, res, ctx) => exportManifestCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
