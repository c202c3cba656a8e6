import { findOrFail, hasSearch, loadForUpdate, paginate, patch, ReferenceCheck, searchTerm, Service, textMatches, SortDirection, textSortKey, type RequestContext, type Selection, type SortKey } from '@lr/server-core';
import { CountryRef } from '../common/reference-targets';
import { Organisation } from './organisation.entity';
import { OrganisationSortField, type CreateOrganisationInput, type OrganisationFilter, type OrganisationSort, type OrganisationsArgs, type UpdateOrganisationInput } from './organisation.inputs';

const SORT_KEYS: Record<OrganisationSortField, string> = {
  [OrganisationSortField.NAME]: textSortKey('o.name'),
  [OrganisationSortField.TYPE]: 'o.type',
  [OrganisationSortField.CREATED_AT]: 'o.created_at',
};

async function checkCountry(ctx: RequestContext, countryCode: string | null | undefined) {
  const check = new ReferenceCheck(ctx);
  await check.one(CountryRef, countryCode, 'input.countryCode');
  check.assertValid();
}

/** The organisations `organisations(filter:)` lists (alias `o`); the CSV export runs the same query. */
export function organisationsQuery(ctx: RequestContext, f: OrganisationFilter | undefined) {
  const q = ctx.repo(Organisation).createQueryBuilder('o');
  if (hasSearch(f?.search)) q.andWhere(textMatches('o', { plain: ['name', 'acronym'] }), { term: searchTerm(f.search) });
  if (f?.types?.length) q.andWhere('o.type IN (:...types)', { types: f.types });
  if (f?.countryCode) q.andWhere('o.country_code = :country', { country: f.countryCode });
  return q;
}

/** The order of `organisations(sort:)`, by name unless asked otherwise. */
export function organisationSortKey(sort: OrganisationSort = { field: OrganisationSortField.NAME, direction: SortDirection.ASC }): SortKey {
  return { expression: SORT_KEYS[sort.field], direction: sort.direction };
}

@Service()
export class OrganisationService {
  list(ctx: RequestContext, args: OrganisationsArgs, selection?: Selection) {
    return paginate(organisationsQuery(ctx, args.filter), args, organisationSortKey(args.sort), selection);
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, Organisation, id);
  }

  async create(ctx: RequestContext, input: CreateOrganisationInput) {
    await checkCountry(ctx, input.countryCode);
    const repo = ctx.repo(Organisation);
    return repo.save(
      repo.create({
        name: input.name.trim(),
        acronym: input.acronym?.trim() || null,
        type: input.type,
        countryCode: input.countryCode ?? null,
        website: input.website ?? null,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateOrganisationInput) {
    const org = await loadForUpdate(ctx, Organisation, input.id, input.version);
    await checkCountry(ctx, input.countryCode);
    patch(org, { ...input, name: input.name?.trim() }, ['name', 'acronym', 'type', 'countryCode', 'website']);
    return ctx.repo(Organisation).save(org);
  }

  /** Refused with CONFLICT naming what still refers to it (people, programmes, other modules' rows). */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const org = await loadForUpdate(ctx, Organisation, id, version);
    await ctx.repo(Organisation).remove(org);
    return id;
  }
}
