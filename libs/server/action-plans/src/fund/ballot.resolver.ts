import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, joinedOr, loadOne, Role, ToOne, type RequestContext } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { Ballot } from './ballot.entity';
import { VotingService } from './voting.service';

@Resolver(() => Ballot)
export class BallotResolver {
  constructor(private readonly voting: VotingService) {}

  @Allow.roles(Role.PARTICIPANT)
  @Mutation(() => Ballot, {
    description: "Casts the caller's one ballot (a SELECTED participant of the route) for a FINAL or AWARDED plan that is not their own delegation's, while the vote is OPEN. It cannot be changed",
  })
  castBallot(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string, @Arg('planId', () => ID) planId: string) {
    return this.voting.cast(ctx, routeId, planId);
  }

  @Allow.user()
  @Query(() => Ballot, { nullable: true, description: "The caller's own ballot on the route, if they voted (participants); nobody else's is ever shown" })
  myBallot(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.voting.mine(ctx, routeId);
  }

  @ToOne('plan')
  @FieldResolver(() => ActionPlan, { nullable: true })
  plan(@Ctx() ctx: RequestContext, @Root() ballot: Ballot) {
    return joinedOr(ballot.plan, () => loadOne(ctx, ActionPlan, ballot.planId));
  }
}
