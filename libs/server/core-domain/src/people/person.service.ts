import { findOrFail, hasSearch, loadForUpdate, paginate, patch, ReferenceCheck, searchTerm, Service, textMatches, SortDirection, textSortKey, today, type RequestContext, type Selection, type SortKey } from '@lr/server-core';
import { CountryRef, OrganisationRef } from '../common/reference-targets';
import { Person } from './person.entity';
import { createPerson } from './person-writes';
import { PersonSortField, type CreatePersonInput, type PeopleArgs, type PersonFilter, type PersonSort, type UpdatePersonInput } from './person.inputs';

const SORT_KEYS: Record<PersonSortField, string> = {
  [PersonSortField.NAME]: textSortKey("p.family_name || ' ' || p.given_name"),
  [PersonSortField.GIVEN_NAME]: textSortKey("p.given_name || ' ' || p.family_name"),
  [PersonSortField.CREATED_AT]: 'p.created_at',
};

async function checkReferences(ctx: RequestContext, input: { countryCode?: string | null; organisationId?: string | null }) {
  const check = new ReferenceCheck(ctx);
  await check.one(CountryRef, input.countryCode, 'input.countryCode');
  await check.one(OrganisationRef, input.organisationId, 'input.organisationId');
  check.assertValid();
}

/** The people `people(filter:)` lists (alias `p`); the CSV export runs the same query. */
export function peopleQuery(ctx: RequestContext, f: PersonFilter | undefined) {
  const q = ctx.repo(Person).createQueryBuilder('p');
  if (hasSearch(f?.search)) q.andWhere(textMatches('p', { plain: ['given_name', 'family_name'] }), { term: searchTerm(f.search) });
  if (f?.organisationId) q.andWhere('p.organisation_id = :org', { org: f.organisationId });
  if (f?.countryCode) q.andWhere('p.country_code = :country', { country: f.countryCode });
  if (f?.language) q.andWhere(':language = ANY(p.languages)', { language: f.language });
  return q;
}

/** The order of `people(sort:)`, by family name unless asked otherwise. */
export function personSortKey(sort: PersonSort = { field: PersonSortField.NAME, direction: SortDirection.ASC }): SortKey {
  return { expression: SORT_KEYS[sort.field], direction: sort.direction };
}

@Service()
export class PersonService {
  list(ctx: RequestContext, args: PeopleArgs, selection?: Selection) {
    return paginate(peopleQuery(ctx, args.filter), args, personSortKey(args.sort), selection);
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, Person, id);
  }

  async create(ctx: RequestContext, input: CreatePersonInput) {
    await checkReferences(ctx, input);
    return createPerson(ctx, input);
  }

  async update(ctx: RequestContext, input: UpdatePersonInput) {
    const person = await loadForUpdate(ctx, Person, input.id, input.version);
    await checkReferences(ctx, input);
    patch(
      person,
      { ...input, email: input.email === undefined ? undefined : input.email?.trim().toLowerCase() || null },
      ['givenName', 'familyName', 'organisationId', 'countryCode', 'gender', 'languages', 'position', 'email', 'phone'],
    );
    if (input.contactConsent !== undefined && input.contactConsent !== person.contactConsent) {
      person.contactConsent = input.contactConsent;
      person.contactConsentDate = today();
    }
    return ctx.repo(Person).save(person);
  }

  /** Refused with CONFLICT while other records (champions, programmes' people…) refer to the person. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const person = await loadForUpdate(ctx, Person, id, version);
    await ctx.repo(Person).remove(person);
    return id;
  }
}
