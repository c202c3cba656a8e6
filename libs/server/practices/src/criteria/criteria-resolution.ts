import DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import type { RequestContext } from '@lr/server-core';
import { AssessmentCriterion } from './assessment-criterion.entity';
import { FALLBACK_SET_KEY } from './criteria-sets';
import { ProgrammeCriteriaChoice } from './programme-criteria-choice.entity';

const byPosition = (a: AssessmentCriterion, b: AssessmentCriterion) => a.position - b.position || a.code.localeCompare(b.code);

/**
 * The criteria a programme assesses with: its own when it has any, else the default set it
 * chose, else BEST_PRACTICE_7. Without a programme: BEST_PRACTICE_7.
 */
export function resolveCriteria(
  own: readonly AssessmentCriterion[],
  chosenSetKey: string | null,
  defaults: readonly AssessmentCriterion[],
): AssessmentCriterion[] {
  if (own.length) return [...own].sort(byPosition);
  const key = chosenSetKey ?? FALLBACK_SET_KEY;
  return defaults.filter((c) => c.setKey === key).sort(byPosition);
}

/** Key for "no programme" in maps and loaders. */
export const NO_PROGRAMME = '';

/** The criteria of several programmes (or none) in two statements (one without programmes). */
export async function criteriaForProgrammes(ctx: RequestContext, programmeIds: readonly (string | null)[]): Promise<Map<string, AssessmentCriterion[]>> {
  const ids = [...new Set(programmeIds.filter((id): id is string => !!id))];
  const [criteria, choices] = await Promise.all([
    // The programmes' own criteria and the default sets, together.
    ctx.repo(AssessmentCriterion).findBy(ids.length ? [{ programmeId: In(ids) }, { programmeId: IsNull() }] : { programmeId: IsNull() }),
    ids.length ? ctx.repo(ProgrammeCriteriaChoice).findBy({ programmeId: In(ids) }) : Promise.resolve([]),
  ]);
  const own = criteria.filter((c) => c.programmeId !== null);
  const defaults = criteria.filter((c) => c.programmeId === null);
  const result = new Map<string, AssessmentCriterion[]>();
  for (const id of [NO_PROGRAMME, ...ids]) {
    const chosen = choices.find((c) => c.programmeId === id)?.setKey ?? null;
    result.set(id, resolveCriteria(id ? own.filter((c) => c.programmeId === id) : [], chosen, defaults));
  }
  return result;
}

/** Batched per request, for field resolvers. */
export function criteriaFor(ctx: RequestContext, programmeId: string | null): Promise<AssessmentCriterion[]> {
  const loader = ctx.loaders.get<string, AssessmentCriterion[]>('practices:criteria-for', () =>
    new DataLoader(async (keys: readonly string[]) => {
      const found = await criteriaForProgrammes(ctx, keys.map((k) => k || null));
      return keys.map((k) => found.get(k) ?? []);
    }),
  );
  return loader.load(programmeId ?? NO_PROGRAMME);
}
