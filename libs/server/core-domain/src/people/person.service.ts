import { findOrFail, loadForUpdate, paginate, type RequestContext } from '@lr/server-core';
import { ReferenceCheck, likeTerm, patch } from '../common/references';
import { Person } from './person.entity';
import type { CreatePersonInput, PeopleArgs, UpdatePersonInput } from './person.inputs';

export class PersonService {
  list(ctx: RequestContext, args: PeopleArgs) {
    const q = ctx
      .repo(Person)
      .createQueryBuilder('p')
      .orderBy('p.family_name', 'ASC')
      .addOrderBy('p.given_name', 'ASC')
      .addOrderBy('p.id', 'ASC');
    const f = args.filter;
    if (f?.search?.trim()) {
      q.andWhere(`concat_ws(' ', p.given_name, p.family_name) ILIKE :term`, { term: likeTerm(f.search) });
    }
    if (f?.organisationId) q.andWhere('p.organisation_id = :org', { org: f.organisationId });
    if (f?.countryCode) q.andWhere('p.country_code = :country', { country: f.countryCode });
    if (f?.language) q.andWhere(':language = ANY(p.languages)', { language: f.language });
    return paginate(q, args);
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, Person, id);
  }

  async create(ctx: RequestContext, input: CreatePersonInput) {
    const check = new ReferenceCheck(ctx);
    await check.country(input.countryCode, 'input.countryCode');
    await check.organisation(input.organisationId, 'input.organisationId');
    check.assertValid();
    const repo = ctx.repo(Person);
    return repo.save(
      repo.create({
        givenName: input.givenName.trim(),
        familyName: input.familyName.trim(),
        organisationId: input.organisationId ?? null,
        countryCode: input.countryCode ?? null,
        gender: input.gender,
        languages: [...new Set(input.languages ?? [])],
        position: input.position?.trim() || null,
        email: input.email?.trim().toLowerCase() || null,
        phone: input.phone?.trim() || null,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdatePersonInput) {
    const person = await loadForUpdate(ctx, Person, input.id, input.version);
    const check = new ReferenceCheck(ctx);
    await check.country(input.countryCode, 'input.countryCode');
    await check.organisation(input.organisationId, 'input.organisationId');
    check.assertValid();
    patch(
      person,
      { ...input, email: input.email === undefined ? undefined : input.email?.trim().toLowerCase() || null },
      ['givenName', 'familyName', 'organisationId', 'countryCode', 'gender', 'languages', 'position', 'email', 'phone'],
    );
    return ctx.repo(Person).save(person);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const person = await loadForUpdate(ctx, Person, id, version);
    await ctx.repo(Person).remove(person);
    return id;
  }
}
