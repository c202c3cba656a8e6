import {
  findOrFail,
  hasSearch,
  loadForUpdate,
  NotFoundError,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  textSortKey,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { CountryRef, OrganisationRef, PersonRef, RouteRef } from '@lr/server-core-domain';
import { isParticipantUser } from '../common/access';
import { assertRouteOpen } from '../common/route-state';
import { scopeDelegations } from '../common/scope';
import { Delegation } from './delegation.entity';
import { DelegationKind } from './delegation-kind';
import type { CreateDelegationInput, DelegationFilter, DelegationsArgs, UpdateDelegationInput } from './delegation.inputs';

async function checkReferences(ctx: RequestContext, input: { countryCode?: string | null; headPersonId?: string | null; organisationIds?: string[] | null }, check = new ReferenceCheck(ctx)) {
  await check.one(CountryRef, input.countryCode, 'input.countryCode');
  await check.one(PersonRef, input.headPersonId, 'input.headPersonId');
  await check.many(OrganisationRef, input.organisationIds, 'input.organisationIds');
  return check;
}

/**
 * The delegations `delegations(filter:)` lists (alias `d`), limited to what the caller may see
 * (`scopeDelegations`). The CSV export runs the same query.
 */
export function delegationsQuery(ctx: RequestContext, f: DelegationFilter | undefined) {
  const q = ctx.repo(Delegation).createQueryBuilder('d');
  if (f?.routeId) q.andWhere('d.route_id = :routeId', { routeId: f.routeId });
  if (f?.countryCode) q.andWhere('d.country_code = :country', { country: f.countryCode });
  if (f?.kind) q.andWhere('d.kind = :kind', { kind: f.kind });
  if (f?.memberStatus) q.andWhere('EXISTS (SELECT 1 FROM participant m WHERE m.delegation_id = d.id AND m.status = :memberStatus)', { memberStatus: f.memberStatus });
  if (hasSearch(f?.search)) q.andWhere(textMatches('d', { plain: ['name'] }), { term: searchTerm(f.search) });
  return scopeDelegations(ctx, q, 'd');
}

/** The delegations' order: by name. */
export const DELEGATION_SORT: SortKey = { expression: textSortKey('d.name'), direction: 'ASC' };

@Service()
export class DelegationService {
  /** A page of delegations ordered by name (then route), filtered and limited to what the caller may see. */
  list(ctx: RequestContext, args: DelegationsArgs, selection?: Selection): Promise<Connection<Delegation>> {
    return paginate(delegationsQuery(ctx, args.filter), args, DELEGATION_SORT, selection);
  }

  async get(ctx: RequestContext, id: string): Promise<Delegation> {
    const delegation = await findOrFail(ctx, Delegation, id);
    // Only participants are limited to some rows; everyone else needs no second read.
    if (isParticipantUser(ctx)) {
      const visible = await scopeDelegations(ctx, ctx.repo(Delegation).createQueryBuilder('d').where('d.id = :id', { id }), 'd').getExists();
      if (!visible) throw new NotFoundError('Delegation', id);
    }
    return delegation;
  }

  async create(ctx: RequestContext, input: CreateDelegationInput): Promise<Delegation> {
    const check = new ReferenceCheck(ctx);
    const route = await check.one(RouteRef, input.routeId, 'input.routeId');
    await checkReferences(ctx, input, check);
    if (input.kind === DelegationKind.NATIONAL_TEAM && !input.countryCode) check.add('input.countryCode', 'is required for a national team');
    check.assertValid();
    if (route) await assertRouteOpen(ctx, route.id);
    const repo = ctx.repo(Delegation);
    return repo.save(
      repo.create({
        routeId: input.routeId,
        name: input.name.trim(),
        kind: input.kind,
        countryCode: input.countryCode ?? null,
        headPersonId: input.headPersonId ?? null,
        organisationIds: [...new Set(input.organisationIds ?? [])],
        notes: input.notes?.trim() || null,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateDelegationInput): Promise<Delegation> {
    const delegation = await loadForUpdate(ctx, Delegation, input.id, input.version);
    const check = await checkReferences(ctx, input);
    const kind = input.kind ?? delegation.kind;
    const country = input.countryCode === undefined ? delegation.countryCode : input.countryCode;
    if (kind === DelegationKind.NATIONAL_TEAM && !country) check.add('input.countryCode', 'is required for a national team');
    check.assertValid();
    await assertRouteOpen(ctx, delegation.routeId);
    if (input.name) delegation.name = input.name.trim();
    delegation.kind = kind;
    delegation.countryCode = country;
    if (input.headPersonId !== undefined) delegation.headPersonId = input.headPersonId;
    if (input.organisationIds) delegation.organisationIds = [...new Set(input.organisationIds)];
    if (input.notes !== undefined) delegation.notes = input.notes?.trim() || null;
    return ctx.repo(Delegation).save(delegation);
  }

  /** Refused with CONFLICT (naming how many) while it has participants. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const delegation = await loadForUpdate(ctx, Delegation, id, version);
    await assertRouteOpen(ctx, delegation.routeId);
    await ctx.repo(Delegation).remove(delegation);
    return id;
  }
}
