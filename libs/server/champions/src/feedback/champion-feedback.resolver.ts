import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, LookAhead, Role, ToOne, joinedOr, loadOne, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute, loadRoute } from '@lr/server-core-domain';
import { Champion } from '../champions/champion.entity';
import { ChampionFeedback } from './champion-feedback.entity';
import { AddChampionFeedbackInput, ChampionFeedbackArgs } from './champion-feedback.inputs';
import { ChampionFeedbackService } from './champion-feedback.service';
import { canSeeFeedbackAuthor } from './feedback-visibility';

@ObjectType()
export class ChampionFeedbackConnection extends ConnectionType(ChampionFeedback) {}

@Resolver(() => ChampionFeedback)
export class ChampionFeedbackResolver {
  constructor(private readonly service: ChampionFeedbackService) {}

  @Allow.read()
  @Query(() => ChampionFeedbackConnection, { description: "Participants' feedback on a champion, newest first" })
  championFeedback(@Ctx() ctx: RequestContext, @Args() args: ChampionFeedbackArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.roles(Role.PARTICIPANT, Role.REVIEWER, Role.EDITOR)
  @Mutation(() => ChampionFeedback, { description: 'Participants, reviewers, editors and admins rate a champion once per route' })
  addChampionFeedback(@Ctx() ctx: RequestContext, @Arg('input') input: AddChampionFeedbackInput) {
    return this.service.add(ctx, input);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The user who wrote it: shown to admins, editors and the author only' })
  authorUserId(@Ctx() ctx: RequestContext, @Root() feedback: ChampionFeedback) {
    return canSeeFeedbackAuthor(ctx.principal, feedback.authorUserId) ? feedback.authorUserId : null;
  }

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() feedback: ChampionFeedback) {
    return joinedOr(feedback.route, () => loadRoute(ctx, feedback.routeId));
  }

  @ToOne('champion')
  @FieldResolver(() => Champion)
  champion(@Ctx() ctx: RequestContext, @Root() feedback: ChampionFeedback) {
    return joinedOr(feedback.champion, () => loadOne(ctx, Champion, feedback.championId));
  }
}
