import { Brackets } from 'typeorm';
import { findOrFail, loadForUpdate, paginate, type RequestContext } from '@lr/server-core';
import { ReferenceCheck, likeTerm, patch } from '../common/references';
import { Organisation } from './organisation.entity';
import type { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './organisation.inputs';

export class OrganisationService {
  list(ctx: RequestContext, args: OrganisationsArgs) {
    const q = ctx.repo(Organisation).createQueryBuilder('o').orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC');
    const f = args.filter;
    if (f?.search?.trim()) {
      const term = likeTerm(f.search);
      q.andWhere(new Brackets((w) => w.where('o.name ILIKE :term', { term }).orWhere('o.acronym ILIKE :term', { term })));
    }
    if (f?.types?.length) q.andWhere('o.type IN (:...types)', { types: f.types });
    if (f?.countryCode) q.andWhere('o.country_code = :country', { country: f.countryCode });
    return paginate(q, args);
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, Organisation, id);
  }

  async create(ctx: RequestContext, input: CreateOrganisationInput) {
    (await new ReferenceCheck(ctx).country(input.countryCode, 'input.countryCode')).assertValid();
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
    (await new ReferenceCheck(ctx).country(input.countryCode, 'input.countryCode')).assertValid();
    patch(org, { ...input, name: input.name?.trim() }, ['name', 'acronym', 'type', 'countryCode', 'website']);
    return ctx.repo(Organisation).save(org);
  }

  /** Refused with CONFLICT while people or programmes refer to it (foreign keys). */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const org = await loadForUpdate(ctx, Organisation, id, version);
    await ctx.repo(Organisation).remove(org);
    return id;
  }
}
