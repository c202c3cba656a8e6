import { ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import { defineStateMachine, StateChangeType, type Missing, type MoveRule, type RequestContext } from '@lr/server-core';
import { ACTION_PLANS } from '../common/access';
import { ActionPlan } from '../plans/action-plan.entity';
import { ActionFund } from './action-fund.entity';
import { VOTABLE_STATUSES } from './ballot-rules';
import { VotingStatus } from './fund-enums';

const { NOT_OPEN, OPEN, CLOSED } = VotingStatus;

// The window is the programme's decision (000 §45): admins open and close it. Reopening a closed
// vote changes a result people may already have read, so it needs a reason, kept in the history.
const moves: MoveRule<VotingStatus>[] = [
  { from: NOT_OPEN, to: OPEN, by: 'admins' },
  { from: OPEN, to: CLOSED, by: 'admins' },
  { from: CLOSED, to: OPEN, by: 'admins', needsReason: true },
];

/** A vote needs something to vote for: at least one plan of the route accepted (FINAL or AWARDED). */
async function somethingToVoteFor(ctx: RequestContext, fund: ActionFund): Promise<Missing[]> {
  const votable = await ctx.repo(ActionPlan).countBy({ routeId: fund.routeId, status: In([...VOTABLE_STATUSES]) });
  return votable ? [] : [{ code: 'FINAL_PLANS', message: 'at least one FINAL plan to vote for' }];
}

/** When the window last opened and closed, stamped on the fund as it enters each state. */
async function stamp(ctx: RequestContext, fund: ActionFund, field: 'votingOpenedAt' | 'votingClosedAt') {
  fund[field] = new Date();
  if (field === 'votingOpenedAt') fund.votingClosedAt = null;
  await ctx.repo(ActionFund).save(fund);
}

/**
 * The route's voting window (`action_fund.voting`): NOT_OPEN → OPEN → CLOSED, and CLOSED → OPEN
 * again with a reason. Ballots are accepted only while OPEN; the tally is secret from
 * participants until CLOSED.
 */
export const votingMachine = defineStateMachine<ActionFund, VotingStatus>({
  name: 'action_fund.voting',
  module: ACTION_PLANS,
  entity: ActionFund,
  property: 'votingStatus',
  label: 'vote',
  moves,
  guards: [{ to: OPEN, check: somethingToVoteFor }],
  // The vote is the route's participants' own business and its reasons are admins' notes;
  // partners read neither ballots nor the tally, so the window's moves are not webhook events.
  publishesMoves: false,
  onEnter: {
    [OPEN]: (ctx, fund) => stamp(ctx, fund, 'votingOpenedAt'),
    [CLOSED]: (ctx, fund) => stamp(ctx, fund, 'votingClosedAt'),
  },
});

/** One move of a fund's voting window, with who made it and why. */
@ObjectType()
export class VotingChange extends StateChangeType(VotingStatus, 'VotingChange') {}
