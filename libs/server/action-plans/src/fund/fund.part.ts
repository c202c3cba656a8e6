import { cascadeDelete, reactOnCreate, restrictDelete, type ModulePart } from '@lr/server-core';
import { LearningRoute, Person, routePhaseMachine } from '@lr/server-core-domain';
import { ActionPlan } from '../plans/action-plan.entity';
import { ActionFund } from './action-fund.entity';
import { Award } from './award.entity';
import { mountAwardsCsv } from './awards-csv';
import { AwardResolver } from './award.resolver';
import { AwardService } from './award.service';
import { Ballot } from './ballot.entity';
import { BallotResolver } from './ballot.resolver';
import { ActionFundResolver } from './fund.resolver';
import { fundDefaultSetting } from './fund-defaults';
import { ActionFundService, storeDefaultFund } from './fund.service';
import { PlanAwardsResolver } from './plan-awards.resolver';
import { RouteFundResolver } from './route-fund.resolver';
import { votingMachine } from './voting-machine';
import { VotingService } from './voting.service';

/** What the fund area adds to the action-plans module: the route's fund, its vote and awards. */
export const fundPart: ModulePart = {
  entities: [ActionFund, Ballot, Award],
  services: [ActionFundService, VotingService, AwardService],
  resolvers: [ActionFundResolver, BallotResolver, AwardResolver, RouteFundResolver, PlanAwardsResolver],
  stateMachines: [votingMachine],
  // A new route's fund is stored with today's default, so a later change of the default leaves it be.
  reactions: [reactOnCreate(routePhaseMachine, (ctx, route) => storeDefaultFund(ctx, route.id))],
  settings: [fundDefaultSetting],
  references: [
    // A route's fund goes with the route, and its ballots and awards with the fund.
    cascadeDelete(ActionFund, 'routeId', LearningRoute),
    cascadeDelete(Ballot, 'fundId', ActionFund),
    cascadeDelete(Award, 'fundId', ActionFund),
    // A plan people voted for, or that received an award, stays (the result would change).
    restrictDelete(Ballot, 'planId', ActionPlan, ['ballot', 'ballots']),
    restrictDelete(Award, 'planId', ActionPlan, ['award', 'awards']),
    restrictDelete(Ballot, 'voterPersonId', Person, ['ballot', 'ballots']),
  ],
  // The awards as CSV (issue 14).
  http: mountAwardsCsv,
};
