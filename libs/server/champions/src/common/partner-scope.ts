import { NotFoundError, type RequestContext } from '@lr/server-core';
import { Practice, PracticeStatus } from '@lr/server-practices';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';
import { isPartner } from './champion-visibility';

const publishedByRequest = new WeakMap<RequestContext, Promise<string[]>>();

/** Ids of the published practices, read once per request (asked of the practices module by id only). */
export function publishedPracticeIds(ctx: RequestContext): Promise<string[]> {
  let ids = publishedByRequest.get(ctx);
  if (!ids) {
    ids = ctx
      .repo(Practice)
      .find({ where: { status: PracticeStatus.PUBLISHED }, select: { id: true } })
      .then((rows) => rows.map((r) => r.id));
    publishedByRequest.set(ctx, ids);
  }
  return ids;
}

/**
 * Partners see a champion only when one of their practices is published; to them any other
 * champion does not exist (NOT_FOUND rather than FORBIDDEN, so ids cannot be probed).
 */
export async function assertVisibleToCaller(ctx: RequestContext, championId: string): Promise<void> {
  if (!isPartner(ctx.principal)) return;
  const published = await publishedPracticeIds(ctx);
  const visible =
    published.length > 0 &&
    (await ctx
      .repo(ChampionPractice)
      .createQueryBuilder('cp')
      .where('cp.champion_id = :championId', { championId })
      .andWhere('cp.practice_id IN (:...published)', { published })
      .getExists());
  if (!visible) throw new NotFoundError('Champion', championId);
}
