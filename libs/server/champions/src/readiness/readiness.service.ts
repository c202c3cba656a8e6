import { In } from 'typeorm';
import { Service, type RequestContext } from '@lr/server-core';
import { getRoute, peopleByIds } from '@lr/server-core-domain';
import { casePracticeIdsOfRoute, loadPractice, type Practice } from '@lr/server-practices';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';
import { Champion } from '../champions/champion.entity';
import { ChampionTraining } from '../trainings/champion-training.entity';
import { tallyReadiness } from './readiness';
import type { ChampionReadiness } from './readiness.types';

@Service()
export class ReadinessService {
  /** A fixed number of statements whatever the size of the route. */
  async forRoute(ctx: RequestContext, routeId: string): Promise<ChampionReadiness> {
    const route = await getRoute(ctx, routeId);
    const practiceIds = await casePracticeIdsOfRoute(ctx, routeId);
    const [practiceRows, links] = practiceIds.length
      ? await Promise.all([Promise.all(practiceIds.map((id) => loadPractice(ctx, id))), ctx.repo(ChampionPractice).findBy({ practiceId: In(practiceIds) })])
      : [[], []];
    const practices = practiceRows.filter((p): p is Practice => p !== null);
    const championIds = [...new Set(links.map((l) => l.championId))];
    const [champions, trained] = championIds.length
      ? await Promise.all([
          ctx.repo(Champion).findBy({ id: In(championIds) }),
          ctx.repo(ChampionTraining).find({ where: { championId: In(championIds), completed: true }, select: { championId: true } }),
        ])
      : [[], []];
    const tally = tallyReadiness({ practiceIds, links, trainedChampionIds: new Set(trained.map((t) => t.championId)) });

    const championById = new Map(champions.map((c) => [c.id, c]));
    const practiceById = new Map(practices.map((p) => [p.id, p]));
    const byName = await this.nameOrder(ctx, champions);
    const toChampions = (ids: string[]) => ids.map((id) => championById.get(id)).filter((c): c is Champion => !!c).sort(byName);
    return {
      routeId,
      route,
      practices: tally.practices
        .filter((p) => practiceById.has(p.practiceId))
        .map((p) => ({
          practice: practiceById.get(p.practiceId) as Practice,
          champions: toChampions(p.championIds),
          needTraining: toChampions(p.needTrainingIds),
          championCount: p.championIds.length,
          trainedCount: p.trainedCount,
          needTrainingCount: p.needTrainingIds.length,
        })),
      needTraining: toChampions(tally.needTrainingIds),
      championCount: tally.championIds.length,
      trainedCount: tally.trainedCount,
      needTrainingCount: tally.needTrainingIds.length,
    };
  }

  /** Lists read best sorted by family name, as the champions list is. */
  private async nameOrder(ctx: RequestContext, champions: Champion[]) {
    const people = await peopleByIds(ctx, champions.map((c) => c.personId));
    const key = new Map(people.map((p) => [p.id, `${p.familyName} ${p.givenName}`.toLowerCase()]));
    return (a: Champion, b: Champion) => (key.get(a.personId) ?? '').localeCompare(key.get(b.personId) ?? '') || a.id.localeCompare(b.id);
  }
}
