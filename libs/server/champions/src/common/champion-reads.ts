import { isPartner, loadMany, loadOne, type RequestContext } from '@lr/server-core';
import { publishedPracticeIds } from '@lr/server-practices';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';
import { Champion } from '../champions/champion.entity';

/**
 * The champions module's read functions: how other modules (the agenda's "champions leading")
 * read champions, through the request's DataLoaders.
 */
export const loadChampion = (ctx: RequestContext, id: string) => loadOne(ctx, Champion, id);

/** The person's champion record, if they are one (a person is at most one champion). */
export const championOfPerson = (ctx: RequestContext, personId: string) => loadOne(ctx, Champion, personId, { by: 'personId' });

/**
 * Of `ids`, the champions the caller may see where another module shows them (the agenda):
 * everyone who signs in sees them all; partners only champions of a published practice, as
 * `champion(id)` decides (common/partner-scope.ts). The practice links are read through a
 * DataLoader, so the sessions of a whole agenda cost one statement together.
 */
export async function visibleChampionIds(ctx: RequestContext, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!isPartner(ctx.principal)) return new Set(unique);
  if (!unique.length) return new Set();
  const [published, links] = await Promise.all([
    publishedPracticeIds(ctx),
    Promise.all(unique.map((id) => loadMany(ctx, ChampionPractice, id, 'championId', { reads: ['practiceId'] }))),
  ]);
  const publishedSet = new Set(published);
  return new Set(unique.filter((_, i) => links[i].some((l) => publishedSet.has(l.practiceId))));
}
