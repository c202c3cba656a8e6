import type { Response } from 'express';
import { eachRow, filterFromQuery, localize, PersonalData, personalValue, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadPerson, loadRoute, type Person } from '@lr/server-core-domain';
import type { Traveller } from './traveller.entity';
import { TravellerFilter } from './traveller.inputs';
import { TRAVELLER_SORT, travellersQuery } from './traveller.service';

interface TravellerRow {
  traveller: Traveller;
  person: Person | null;
  route: string | null;
}

/** The columns; passport data under the privacy policy (IDENTITY: admins and the traveller themself). */
function columns(ctx: RequestContext): CsvColumn<TravellerRow>[] {
  const identity = (value: (r: TravellerRow) => string | null) => personalValue(ctx, PersonalData.IDENTITY, (r: TravellerRow) => ({ personId: r.traveller.personId }), value);
  return [
    { header: 'traveller_id', value: (r) => r.traveller.id },
    { header: 'given_name', value: (r) => r.person?.givenName },
    { header: 'family_name', value: (r) => r.person?.familyName },
    { header: 'route', value: (r) => r.route },
    { header: 'travel_status', value: (r) => r.traveller.travelStatus },
    { header: 'visa_status', value: (r) => r.traveller.visaStatus },
    { header: 'nationality_code', value: identity((r) => r.traveller.nationalityCode) },
    { header: 'passport_number', value: identity((r) => r.traveller.passportNumber) },
    { header: 'passport_expiry', value: identity((r) => r.traveller.passportExpiry) },
    { header: 'date_of_birth', value: identity((r) => r.traveller.dateOfBirth) },
    { header: 'insurance', value: (r) => r.traveller.insurance },
    { header: 'insured_until', value: (r) => r.traveller.insuredUntil },
    { header: 'letter_language', value: (r) => r.traveller.letterLanguage },
  ];
}

/**
 * `GET /logistics/travellers.csv?<travellers(filter:) fields>`: the travellers the list shows the
 * caller (partners none, participants their own), in its order.
 */
export async function exportTravellersCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(TravellerFilter, query);
  const pages = rowsInPages(travellersQuery(ctx, filter), TRAVELLER_SORT);
  const rows = eachRow(pages, (travellers) =>
    Promise.all(
      travellers.map(async (traveller): Promise<TravellerRow> => {
        const [person, route] = await Promise.all([loadPerson(ctx, traveller.personId), loadRoute(ctx, traveller.routeId)]);
        return { traveller, person, route: route ? localize(route.title, ctx.language) : null };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'travellers.csv', columns: columns(ctx), rows });
}

/** The travellers list as CSV (issue 14). */
export function mountTravellersCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/logistics/travellers.csv',
    handle((req, res, ctx) => exportTravellersCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
