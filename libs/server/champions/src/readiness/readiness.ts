export interface ReadinessFacts {
  /** The route's cases, in the order they were attached. */
  practiceIds: string[];
  /** Champion–practice links of those practices. */
  links: { championId: string; practiceId: string }[];
  /** Champions with at least one completed training. */
  trainedChampionIds: ReadonlySet<string>;
}

export interface PracticeTally {
  practiceId: string;
  championIds: string[];
  needTrainingIds: string[];
  trainedCount: number;
}

export interface ReadinessTally {
  practices: PracticeTally[];
  /** Each champion once, however many of the route's practices they are linked to. */
  championIds: string[];
  needTrainingIds: string[];
  trainedCount: number;
}

/**
 * Who among a route's champions still needs training, per practice and for the route as a
 * whole. A champion of two cases counts once in the route's totals.
 */
export function tallyReadiness({ practiceIds, links, trainedChampionIds }: ReadinessFacts): ReadinessTally {
  const byPractice = new Map<string, string[]>(practiceIds.map((id) => [id, []]));
  for (const link of links) {
    const ids = byPractice.get(link.practiceId);
    if (ids && !ids.includes(link.championId)) ids.push(link.championId);
  }
  const practices = practiceIds.map((practiceId) => {
    const championIds = byPractice.get(practiceId) ?? [];
    const needTrainingIds = championIds.filter((id) => !trainedChampionIds.has(id));
    return { practiceId, championIds, needTrainingIds, trainedCount: championIds.length - needTrainingIds.length };
  });
  const championIds = [...new Set(practices.flatMap((p) => p.championIds))];
  const needTrainingIds = championIds.filter((id) => !trainedChampionIds.has(id));
  return { practices, championIds, needTrainingIds, trainedCount: championIds.length - needTrainingIds.length };
}
