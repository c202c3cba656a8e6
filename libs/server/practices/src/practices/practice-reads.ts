import { In } from 'typeorm';
import { loadOne, referenceTarget, type RequestContext } from '@lr/server-core';
import { RouteCase } from '../cases/route-case.entity';
import { Practice } from './practice.entity';
import { PracticeStatus } from './practice-status';

/**
 * The practices module's read functions: how other modules read practices. Single records go
 * through the request's DataLoaders; lists are read once per request.
 */
export const loadPractice = (ctx: RequestContext, id: string) => loadOne(ctx, Practice, id);

/** Ids of the published practices, read once per request. */
export function publishedPracticeIds(ctx: RequestContext): Promise<string[]> {
  return ctx.loaders.memo('practices:published-ids', async () =>
    (await ctx.repo(Practice).find({ where: { status: PracticeStatus.PUBLISHED }, select: { id: true } })).map((p) => p.id),
  );
}

/** Ids of the practices attached to a route as cases, oldest link first. */
export async function casePracticeIdsOfRoute(ctx: RequestContext, routeId: string): Promise<string[]> {
  return (await casePracticeIdsOfRoutes(ctx, [routeId])).get(routeId) as string[];
}

/** `casePracticeIdsOfRoute` for several routes in one statement; every route in the map (empty without cases). */
export async function casePracticeIdsOfRoutes(ctx: RequestContext, routeIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(routeIds.map((id) => [id, []]));
  if (!routeIds.length) return out;
  const links = await ctx.repo(RouteCase).find({ where: { routeId: In([...new Set(routeIds)]) }, order: { attachedAt: 'ASC', id: 'ASC' }, select: { routeId: true, practiceId: true } });
  for (const l of links) out.get(l.routeId)?.push(l.practiceId);
  return out;
}

export const PracticeRef = referenceTarget(Practice, 'practice');
