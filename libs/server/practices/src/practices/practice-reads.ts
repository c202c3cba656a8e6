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
  const links = await ctx.repo(RouteCase).find({ where: { routeId }, order: { attachedAt: 'ASC', id: 'ASC' }, select: { practiceId: true } });
  return links.map((l) => l.practiceId);
}

export const PracticeRef = referenceTarget(Practice, 'practice');
