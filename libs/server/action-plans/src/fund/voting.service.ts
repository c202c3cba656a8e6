import { In, QueryFailedError } from 'typeorm';
import { isUUID } from 'class-validator';
import { localize, NotFoundError, Service, transition, ValidationError, type RequestContext } from '@lr/server-core';
import { participantOf, SelectionStatus, travellersOf } from '@lr/server-delegations';
import { ActionPlan } from '../plans/action-plan.entity';
import { ActionFund } from './action-fund.entity';
import { Ballot } from './ballot.entity';
import { isVotable, tallyVotes, turnoutOf, VOTABLE_STATUSES } from './ballot-rules';
import { assertRouteVisible, isStaff, participantPersonId } from './fund-access';
import { fundIdOf } from './fund-defaults';
import { VotingStatus } from './fund-enums';
import { BallotAlreadyCastError, NotAVoterError, ownPlanError, TallySecretError, VotingNotOpenError } from './fund-errors';
import { ActionFundService, fundOf } from './fund.service';
import type { VoteTally } from './tally.types';
import { votingMachine } from './voting-machine';

/**
 * The route's vote. Single choice, not ranked: each SELECTED participant names the one plan
 * (not their own delegation's) that should receive the fund. A route has five or so plans and a
 * dozen voters; a ranking of four plans by each voter would add little the single choice does
 * not tell, would need a counting rule (Borda, instant run-off) that participants must be taught
 * and trust, and the fund is then shared by admins, who read the whole tally, not by a formula.
 * One question, one count: "which other team's plan should the fund back?".
 */
@Service()
export class VotingService {
  constructor(private readonly funds: ActionFundService) {}

  /** Opens the window (admins); reopening a CLOSED vote needs a reason. */
  async open(ctx: RequestContext, routeId: string, version: number, reason?: string | null): Promise<ActionFund> {
    await this.funds.ensureStored(ctx, routeId);
    return transition(ctx, votingMachine, { id: fundIdOf(routeId), to: VotingStatus.OPEN, version, reason });
  }

  async close(ctx: RequestContext, routeId: string, version: number): Promise<ActionFund> {
    await this.funds.ensureStored(ctx, routeId);
    return transition(ctx, votingMachine, { id: fundIdOf(routeId), to: VotingStatus.CLOSED, version });
  }

  /**
   * Casts the caller's one ballot. The fund row is read FOR SHARE: voters do not wait for each
   * other, but closing the vote (FOR UPDATE) waits for ballots in flight, so none lands after
   * the close. One ballot per voter is the table's unique index; the check before it answers
   * the usual case, the index the race of two ballots sent at once.
   */
  async cast(ctx: RequestContext, routeId: string, planId: string): Promise<Ballot> {
    const personId = participantPersonId(ctx);
    if (!personId) throw new NotAVoterError('you are not signed in as a participant');
    const fund = isUUID(routeId) ? await ctx.repo(ActionFund).findOne({ where: { routeId }, lock: { mode: 'pessimistic_read' } }) : null;
    const participant = await participantOf(ctx, routeId, personId);
    if (!participant) throw new NotFoundError('LearningRoute', routeId);
    if (fund?.votingStatus !== VotingStatus.OPEN) throw new VotingNotOpenError(fund?.votingStatus ?? VotingStatus.NOT_OPEN);
    if (participant.status !== SelectionStatus.SELECTED) throw new NotAVoterError(`you are ${participant.status} on this route`);

    const plan = isUUID(planId) ? await ctx.repo(ActionPlan).findOne({ where: { id: planId }, select: { id: true, routeId: true, delegationId: true, status: true } }) : null;
    if (!plan || plan.routeId !== routeId) throw ValidationError.field('planId', 'is not a plan of this route', 'planOfRoute');
    if (plan.delegationId === participant.delegationId) throw ownPlanError();
    if (!isVotable(plan.status)) throw ValidationError.field('planId', `is ${plan.status}: ballots choose among FINAL and AWARDED plans`, 'votablePlan');

    const ballots = ctx.repo(Ballot);
    if (await ballots.existsBy({ fundId: fund.id, voterPersonId: personId })) throw new BallotAlreadyCastError();
    try {
      return await ballots.save(ballots.create({ fundId: fund.id, voterPersonId: personId, planId }));
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === 'uq_action_fund_ballot_voter') throw new BallotAlreadyCastError();
      throw error;
    }
  }

  /** The caller's own ballot on the route, if they cast one (the only read that ties a ballot to its voter). */
  async mine(ctx: RequestContext, routeId: string): Promise<Ballot | null> {
    const personId = participantPersonId(ctx);
    if (!personId || !isUUID(routeId)) return null;
    return ctx.repo(Ballot).findOneBy({ fundId: fundIdOf(routeId), voterPersonId: personId });
  }

  /** The plans the caller may vote for: the route's FINAL and AWARDED plans, without their own delegation's. */
  async votablePlans(ctx: RequestContext, routeId: string): Promise<ActionPlan[]> {
    await assertRouteVisible(ctx, routeId);
    const plans = await ctx.repo(ActionPlan).find({ where: { routeId, status: In([...VOTABLE_STATUSES]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const personId = participantPersonId(ctx);
    const own = personId ? (await participantOf(ctx, routeId, personId))?.delegationId : undefined;
    return plans.filter((p) => p.delegationId !== own);
  }

  /**
   * The count: the programme's people read it at any time; participants of the route once the
   * vote is CLOSED (a running count would sway the votes still to come). It never says who
   * voted for what.
   */
  async tally(ctx: RequestContext, routeId: string): Promise<VoteTally> {
    await assertRouteVisible(ctx, routeId);
    const fund = await fundOf(ctx, routeId);
    if (!isStaff(ctx) && fund.votingStatus !== VotingStatus.CLOSED) throw new TallySecretError(fund.votingStatus);
    const counts: { planId: string; votes: number }[] = await ctx
      .repo(Ballot)
      .createQueryBuilder('b')
      .select('b.plan_id', 'planId')
      .addSelect('count(*)::int', 'votes')
      .where('b.fund_id = :fundId', { fundId: fund.id })
      .groupBy('b.plan_id')
      .getRawMany();
    const votes = new Map(counts.map((c) => [c.planId, Number(c.votes)]));
    const plans = await ctx
      .repo(ActionPlan)
      .createQueryBuilder('p')
      .where('p.route_id = :routeId', { routeId })
      .andWhere('(p.status IN (:...votable) OR p.id = ANY(:voted))', { votable: [...VOTABLE_STATUSES], voted: [...votes.keys()] })
      .getMany();
    const { lines, totalBallots } = tallyVotes(
      plans.map((p) => ({ planId: p.id, name: localize(p.title, ctx.language) ?? '' })),
      votes,
    );
    const byId = new Map(plans.map((p) => [p.id, p]));
    const eligibleVoters = (await travellersOf(ctx, routeId)).filter((t) => t.kind === 'PARTICIPANT').length;
    return {
      routeId,
      votingStatus: fund.votingStatus,
      plans: lines.map((line) => ({ ...line, plan: byId.get(line.planId) as ActionPlan })),
      totalBallots,
      eligibleVoters,
      turnout: turnoutOf(totalBallots, eligibleVoters),
    };
  }
}
