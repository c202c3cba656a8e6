import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Cost, loadMany, LookAhead, Money, Reads, stateHistory, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute, loadRoute } from '@lr/server-core-domain';
import { ActionPlan } from '../plans/action-plan.entity';
import { ActionFund } from './action-fund.entity';
import { Award } from './award.entity';
import { VotingStatus } from './fund-enums';
import { UpdateActionFundInput } from './fund.inputs';
import { ActionFundService, awardedMinor, money } from './fund.service';
import { VoteTally } from './tally.types';
import { VotingChange, votingMachine } from './voting-machine';
import { VotingService } from './voting.service';

@Resolver(() => ActionFund)
export class ActionFundResolver {
  constructor(
    private readonly funds: ActionFundService,
    private readonly voting: VotingService,
  ) {}

  @Allow.read()
  @Query(() => ActionFund, { description: "The route's action fund (USD 12,000 until an admin changes it). Participants read their own routes' only" })
  routeActionFund(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.funds.get(ctx, routeId);
  }

  @Allow.user()
  @Query(() => VoteTally, { description: "The route's vote counted, never who voted for what. Participants read it once the vote is CLOSED" })
  voteTally(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.voting.tally(ctx, routeId);
  }

  @Allow.user()
  @Cost({ assumedSize: 6 })
  @Query(() => [ActionPlan], { description: "The plans the caller may vote for: the route's FINAL and AWARDED plans, without their own delegation's" })
  votablePlans(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.voting.votablePlans(ctx, routeId);
  }

  @Allow.admin()
  @Mutation(() => ActionFund, { description: 'Changes the fund (admins); never below what it has already awarded, nor to another currency once it has awards' })
  updateActionFund(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateActionFundInput) {
    return this.funds.update(ctx, input);
  }

  @Allow.admin()
  @Mutation(() => ActionFund, { description: 'Opens the vote (admins) once the route has a FINAL plan; reopening a CLOSED vote needs a reason' })
  openVoting(
    @Ctx() ctx: RequestContext,
    @Arg('routeId', () => ID) routeId: string,
    @Arg('version', () => Int, { description: "The fund's version you read" }) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return this.voting.open(ctx, routeId, version, reason);
  }

  @Allow.admin()
  @Mutation(() => ActionFund, { description: 'Closes the vote (admins): no more ballots, and participants may read the tally' })
  closeVoting(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string, @Arg('version', () => Int, { description: "The fund's version you read" }) version: number) {
    return this.voting.close(ctx, routeId, version);
  }

  @Reads('amountMinor', 'currency')
  @FieldResolver(() => Money, { description: 'The whole fund' })
  amount(@Root() fund: ActionFund) {
    return money(fund.amountMinor, fund.currency);
  }

  @Reads('currency')
  @FieldResolver(() => Money, { description: 'What its awards add up to' })
  async awarded(@Ctx() ctx: RequestContext, @Root() fund: ActionFund) {
    return money(await awardedMinor(ctx, fund.id), fund.currency);
  }

  @Reads('amountMinor', 'currency')
  @FieldResolver(() => Money, { description: 'What is left to award' })
  async remaining(@Ctx() ctx: RequestContext, @Root() fund: ActionFund) {
    return money(BigInt(fund.amountMinor) - BigInt(await awardedMinor(ctx, fund.id)), fund.currency);
  }

  @Cost({ assumedSize: 5 })
  @Reads()
  @FieldResolver(() => [Award], { description: 'Oldest first' })
  awards(@Ctx() ctx: RequestContext, @Root() fund: ActionFund, @LookAhead() selection: Selection) {
    return loadMany(ctx, Award, fund.id, 'fundId', { order: { createdAt: 'ASC', id: 'ASC' }, selection });
  }

  @Reads('routeId')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() fund: ActionFund) {
    return loadRoute(ctx, fund.routeId);
  }

  @Cost({ assumedSize: 3 })
  @Reads('votingStatus')
  @FieldResolver(() => [VotingStatus], { description: 'The moves of the voting window open to the caller (admins)' })
  allowedVotingMoves(@Ctx() ctx: RequestContext, @Root() fund: ActionFund) {
    return votingMachine.allowedMoves(ctx.principal, fund.votingStatus);
  }

  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [VotingChange], { description: 'When the vote opened and closed, by whom and why; oldest first' })
  votingHistory(@Ctx() ctx: RequestContext, @Root() fund: ActionFund) {
    return stateHistory(ctx, votingMachine, fund.id);
  }
}
