import { findOrFail, hasSearch, loadForUpdate, paginate, patch, ReferenceCheck, searchTerm, Service, textMatches, textSortKey, type RequestContext, type Selection } from '@lr/server-core';
import { CountryRef } from '../common/reference-targets';
import { Organisation } from './organisation.entity';
import { OrganisationSortField, type CreateOrganisationInput, type OrganisationsArgs, type UpdateOrganisationInput } from './organisation.inputs';

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

@Service()
export class OrganisationService {
  list(ctx: RequestContext, args: OrganisationsArgs, selection?: Selection) {
    const q = ctx.repo(Organisation).createQueryBuilder('o');
    const f = args.filter;
    if (hasSearch(f?.search)) q.andWhere(textMatches('o', { plain: ['name', 'acronym'] }), { term: searchTerm(f.search) });
    if (f?.types?.length) q.andWhere('o.type IN (:...types)', { types: f.types });
    if (f?.countryCode) q.andWhere('o.country_code = :country', { country: f.countryCode });
    const sort = args.sort ?? { field: OrganisationSortField.NAME, direction: 'ASC' as const };
    return paginate(q, args, { expression: SORT_KEYS[sort.field], direction: sort.direction }, selection);
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
