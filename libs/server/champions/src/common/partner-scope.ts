import { NotFoundError, isPartner, type RequestContext } from '@lr/server-core';
import { publishedPracticeIds } from '@lr/server-practices';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';

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
