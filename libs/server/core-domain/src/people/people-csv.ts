import type { Response } from 'express';
import { eachRow, filterFromQuery, localize, PersonalData, personalValue, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import { loadCountry, loadOrganisation } from '../common/core-reads';
import type { Person } from './person.entity';
import { PersonFilter } from './person.inputs';
import { peopleQuery, personSortKey } from './person.service';

interface PersonRow {
  person: Person;
  organisation: string | null;
  country: string | null;
}

/** The columns: e-mail and phone under the privacy policy, as `Person.email` and `phone`. */
function columns(ctx: RequestContext): CsvColumn<PersonRow>[] {
  const contact = (value: (r: PersonRow) => string | null) =>
    personalValue(ctx, PersonalData.CONTACT, (r: PersonRow) => ({ contactConsent: r.person.contactConsent, personId: r.person.id }), value);
  return [
    { header: 'person_id', value: (r) => r.person.id },
    { header: 'given_name', value: (r) => r.person.givenName },
    { header: 'family_name', value: (r) => r.person.familyName },
    { header: 'organisation', value: (r) => r.organisation },
    { header: 'position', value: (r) => r.person.position },
    { header: 'country_code', value: (r) => r.person.countryCode },
    { header: 'country', value: (r) => r.country },
    { header: 'languages', value: (r) => r.person.languages.join('; ') },
    { header: 'contact_consent', value: (r) => r.person.contactConsent },
    { header: 'email', value: contact((r) => r.person.email) },
    { header: 'phone', value: contact((r) => r.person.phone) },
  ];
}

/** `GET /core/people.csv?<people(filter:) fields>`: the people the list shows, by family name. */
export async function exportPeopleCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(PersonFilter, query);
  const rows = eachRow(rowsInPages(peopleQuery(ctx, filter), personSortKey()), (people) =>
    Promise.all(
      people.map(async (person): Promise<PersonRow> => {
        const [organisation, country] = await Promise.all([
          person.organisationId ? loadOrganisation(ctx, person.organisationId) : null,
          person.countryCode ? loadCountry(ctx, person.countryCode) : null,
        ]);
        return { person, organisation: organisation?.name ?? null, country: country ? localize(country.name, ctx.language) : null };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'people.csv', columns: columns(ctx), rows });
}
