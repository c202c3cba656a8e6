import DataLoader from 'dataloader';
import type { RequestContext } from '@lr/server-core';
import { ChampionFeedback } from './champion-feedback.entity';

export interface RatingSummary {
  count: number;
  /** Mean rating rounded to two decimals; null without feedback. */
  average: number | null;
}

/** Count and mean rating of a champion's feedback, computed in SQL for a whole page at once. */
export function ratingSummary(ctx: RequestContext, championId: string): Promise<RatingSummary> {
  const loader = ctx.loaders.get<string, RatingSummary>('champions:rating-summary', () =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows: { championId: string; count: number; average: number }[] = await ctx
        .repo(ChampionFeedback)
        .createQueryBuilder('f')
        .select('f.champion_id', 'championId')
        .addSelect('count(*)::int', 'count')
        .addSelect('round(avg(f.rating), 2)::float', 'average')
        .where('f.champion_id IN (:...ids)', { ids: [...ids] })
        .groupBy('f.champion_id')
        .getRawMany();
      const byId = new Map(rows.map((r) => [r.championId, { count: r.count, average: r.average }]));
      return ids.map((id) => byId.get(id) ?? { count: 0, average: null });
    }),
  );
  return loader.load(championId);
}
