import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, Reads, ToOne, joinedOr, loadOne, type RequestContext } from '@lr/server-core';
import { Practice, loadPractice } from '@lr/server-practices';
import { Champion } from '../champions/champion.entity';
import { ChampionPractice } from './champion-practice.entity';
import { LinkChampionPracticeInput } from './champion-practice.inputs';
import { ChampionPracticeService } from './champion-practice.service';

@Resolver(() => ChampionPractice)
export class ChampionPracticeResolver {
  constructor(private readonly service: ChampionPracticeService) {}

  @Allow.edit('champions')
  @Mutation(() => ChampionPractice, { description: 'Links a champion to a practice with a role; linking again changes the role' })
  linkChampionPractice(@Ctx() ctx: RequestContext, @Arg('input') input: LinkChampionPracticeInput) {
    return this.service.link(ctx, input);
  }

  @Allow.edit('champions')
  @Mutation(() => ID, { description: 'Returns the id of the removed link' })
  unlinkChampionPractice(@Ctx() ctx: RequestContext, @Arg('championId', () => ID) championId: string, @Arg('practiceId', () => ID) practiceId: string) {
    return this.service.unlink(ctx, championId, practiceId);
  }

  @Reads('practiceId')
  @FieldResolver(() => Practice, { description: 'A linked practice cannot be deleted, so it is always there' })
  practice(@Ctx() ctx: RequestContext, @Root() link: ChampionPractice) {
    return loadPractice(ctx, link.practiceId);
  }

  @ToOne('champion')
  @FieldResolver(() => Champion)
  champion(@Ctx() ctx: RequestContext, @Root() link: ChampionPractice) {
    return joinedOr(link.champion, () => loadOne(ctx, Champion, link.championId));
  }
}
