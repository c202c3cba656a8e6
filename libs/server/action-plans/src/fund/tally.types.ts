import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Cost } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { VotingStatus } from './fund-enums';

@ObjectType({ description: "One plan's result in a route's vote" })
export class PlanTally {
  @Field(() => ID) planId: string;
  @Field(() => ActionPlan) plan: ActionPlan;
  @Field(() => Int) votes: number;
  @Field(() => Float, { description: 'Of the ballots cast, 0 to 1 (4 decimals); 0 while nobody voted' }) share: number;
  @Field(() => Int, { description: '1 for the most votes; ties share a rank and the next rank skips (1, 2, 2, 4)' }) rank: number;
}

@ObjectType({ description: "A route's vote counted: how many ballots each plan received, never who cast them" })
export class VoteTally {
  @Field(() => ID) routeId: string;
  @Field(() => VotingStatus) votingStatus: VotingStatus;
  @Cost({ assumedSize: 8 })
  @Field(() => [PlanTally], { description: 'Every plan that may be voted for (FINAL or AWARDED) and any plan that received votes, most votes first' })
  plans: PlanTally[];
  @Field(() => Int) totalBallots: number;
  @Field(() => Int, { description: "The route's SELECTED participants" }) eligibleVoters: number;
  @Field(() => Float, { description: 'Ballots cast / eligible voters, 0 to 1 (4 decimals)' }) turnout: number;
}
