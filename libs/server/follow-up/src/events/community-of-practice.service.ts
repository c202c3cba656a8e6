import {
  cleanLocalized,
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
import { RouteRef } from '@lr/server-core-domain';
import { CommunityOfPractice } from './community-of-practice.entity';
import type { CommunitiesOfPracticeArgs, CommunityOfPracticeFilter, CreateCommunityOfPracticeInput, UpdateCommunityOfPracticeInput } from './community-of-practice.inputs';
import { isWebAddress, mayReadAnyRoute, routeLimit } from './events-access';

async function checkCommunity(ctx: RequestContext, community: { routeIds: string[]; url: string | null }): Promise<void> {
  const check = new ReferenceCheck(ctx);
  await check.many(RouteRef, community.routeIds, 'input.routeIds');
  if (community.url && !isWebAddress(community.url)) check.add('input.url', 'must be a web address starting with http:// or https://', 'webAddress');
  check.assertValid();
}

/** The communities list's order: by name. */
export const COMMUNITY_SORT: SortKey = { expression: textSortKey('c.name'), direction: 'ASC' };

/** The communities the list shows the caller under its filter (the list and its CSV run this one query). */
export async function communitiesQuery(ctx: RequestContext, f: CommunityOfPracticeFilter | undefined) {
  const q = ctx.repo(CommunityOfPractice).createQueryBuilder('c');
  if (f?.routeId) q.andWhere(':routeId = ANY(c.route_ids)', { routeId: f.routeId });
  if (hasSearch(f?.search)) q.andWhere(textMatches('c', { plain: ['name'], localized: ['description'] }), { term: searchTerm(f.search) });
  const routes = await routeLimit(ctx);
  if (routes) q.andWhere('c.route_ids && CAST(:readableRoutes AS uuid[])', { readableRoutes: routes });
  return q;
}

@Service()
export class CommunityOfPracticeService {
  /** A page of communities ordered by name. A duplicate name is refused by the database (CONFLICT). */
  async list(ctx: RequestContext, args: CommunitiesOfPracticeArgs, selection?: Selection): Promise<Connection<CommunityOfPractice>> {
    return paginate(await communitiesQuery(ctx, args.filter), args, COMMUNITY_SORT, selection);
  }

  /** The community, or NOT_FOUND (also for a participant none of whose routes it grew from). */
  async get(ctx: RequestContext, id: string): Promise<CommunityOfPractice> {
    const community = await findOrFail(ctx, CommunityOfPractice, id);
    if (!(await mayReadAnyRoute(ctx, community.routeIds))) throw new NotFoundError('CommunityOfPractice', id);
    return community;
  }

  async create(ctx: RequestContext, input: CreateCommunityOfPracticeInput): Promise<CommunityOfPractice> {
    const shape = { routeIds: [...new Set(input.routeIds ?? [])], url: input.url?.trim() || null };
    await checkCommunity(ctx, shape);
    const repo = ctx.repo(CommunityOfPractice);
    return repo.save(
      repo.create({ ...shape, name: input.name.trim(), description: cleanLocalized(input.description), memberCount: input.memberCount ?? null, startedOn: input.startedOn ?? null }),
    );
  }

  async update(ctx: RequestContext, input: UpdateCommunityOfPracticeInput): Promise<CommunityOfPractice> {
    const community = await loadForUpdate(ctx, CommunityOfPractice, input.id, input.version);
    if (input.routeIds) community.routeIds = [...new Set(input.routeIds)];
    if (input.url !== undefined) community.url = input.url?.trim() || null;
    await checkCommunity(ctx, community);
    if (input.name) community.name = input.name.trim();
    if (input.description) community.description = cleanLocalized(input.description);
    if (input.memberCount !== undefined) community.memberCount = input.memberCount;
    if (input.startedOn !== undefined) community.startedOn = input.startedOn;
    return ctx.repo(CommunityOfPractice).save(community);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const community = await loadForUpdate(ctx, CommunityOfPractice, id, version);
    await ctx.repo(CommunityOfPractice).remove(community);
    return id;
  }
}
