import { isUUID } from 'class-validator';
import { NotFoundError, ReferenceCheck, Service, type RequestContext } from '@lr/server-core';
import { PracticeRef } from '@lr/server-practices';
import { ChampionRef } from '../common/reference-targets';
import { ChampionPractice } from './champion-practice.entity';
import type { LinkChampionPracticeInput } from './champion-practice.inputs';

@Service()
export class ChampionPracticeService {
  /** Creates the link, or changes the role of an existing one (one link per champion and practice). */
  async link(ctx: RequestContext, input: LinkChampionPracticeInput) {
    const check = new ReferenceCheck(ctx);
    await check.one(ChampionRef, input.championId, 'input.championId');
    await check.one(PracticeRef, input.practiceId, 'input.practiceId');
    check.assertValid();
    const repo = ctx.repo(ChampionPractice);
    // A concurrent second link of the same pair is refused by the unique index (CONFLICT).
    const existing = await repo.findOneBy({ championId: input.championId, practiceId: input.practiceId });
    if (existing) {
      if (existing.role === input.role) return existing;
      existing.role = input.role;
      return repo.save(existing);
    }
    return repo.save(repo.create({ championId: input.championId, practiceId: input.practiceId, role: input.role }));
  }

  /** Returns the id of the removed link. */
  async unlink(ctx: RequestContext, championId: string, practiceId: string): Promise<string> {
    const link =
      isUUID(championId) && isUUID(practiceId) ? await ctx.repo(ChampionPractice).findOneBy({ championId, practiceId }) : null;
    if (!link) throw new NotFoundError('ChampionPractice', `${championId}/${practiceId}`);
    const id = link.id; // remove() clears it on the entity
    await ctx.repo(ChampionPractice).remove(link);
    return id;
  }
}
