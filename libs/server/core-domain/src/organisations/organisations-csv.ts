import type { Response } from 'express';
import { eachRow, filterFromQuery, localize, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import { loadCountry } from '../common/core-reads';
import type { Organisation } from './organisation.entity';
import { OrganisationFilter } from './organisation.inputs';
import { organisationSortKey, organisationsQuery } from './organisation.service';

interface OrganisationRow {
  organisation: Organisation;
  country: string | null;
}

const COLUMNS: CsvColumn<OrganisationRow>[] = [
  { header: 'organisation_id', value: (r) => r.organisation.id },
  { header: 'name', value: (r) => r.organisation.name },
  { header: 'acronym', value: (r) => r.organisation.acronym },
  { header: 'type', value: (r) => r.organisation.type },
  { header: 'country_code', value: (r) => r.organisation.countryCode },
  { header: 'country', value: (r) => r.country },
  { header: 'website', value: (r) => r.organisation.website },
];

/** `GET /core/organisations.csv?<organisations(filter:) fields>`: the organisations the list shows, by name. */
export async function exportOrganisationsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(OrganisationFilter, query);
  const rows = eachRow(rowsInPages(organisationsQuery(ctx, filter), organisationSortKey()), (organisations) =>
    Promise.all(
      organisations.map(async (organisation): Promise<OrganisationRow> => {
        const country = organisation.countryCode ? await loadCountry(ctx, organisation.countryCode) : null;
        return { organisation, country: country ? localize(country.name, ctx.language) : null };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'organisations.csv', columns: COLUMNS, rows });
}
