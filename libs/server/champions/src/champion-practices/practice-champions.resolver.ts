import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, isPartner, loadMany, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { Practice, PracticeStatus } from '@lr/server-practices';
import { ChampionPractice } from './champion-practice.entity';

/** The champions module owns the practice–champion relation, so this field of Practice lives here. */
@Resolver(() => Practice)
export class PracticeChampionsResolver {
  @Cost({ assumedSize: 10 })
  @Reads('status')
  @FieldResolver(() => [ChampionPractice], { description: 'Champions of this practice with their roles' })
  async champions(@Ctx() ctx: RequestContext, @Root() practice: Practice, @LookAhead() selection: Selection) {
    if (isPartner(ctx.principal) && practice.status !== PracticeStatus.PUBLISHED) return [];
    return loadMany(ctx, ChampionPractice, practice.id, 'practiceId', { order: { createdAt: 'ASC' }, selection });
  }
}
