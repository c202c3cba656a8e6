import { ConflictError, DomainError, ErrorCode, ValidationError, type Money } from '@lr/server-core';
import { VotingStatus } from './fund-enums';

/** A ballot outside the voting window (PHASE_RULE, naming the window and where it stands). */
export class VotingNotOpenError extends DomainError {
  readonly code = ErrorCode.PHASE_RULE;
  constructor(status: VotingStatus) {
    const when = status === VotingStatus.NOT_OPEN ? 'has not opened yet' : 'is closed';
    super(`Ballots are accepted only while the vote is OPEN: the vote (action_fund.voting) ${when}`, { machine: 'action_fund.voting', votingStatus: status, allowed: [] });
  }
}

/** A voter's second ballot: one each, and a ballot cannot be changed once cast. */
export class BallotAlreadyCastError extends ConflictError {
  constructor() {
    super('You have already voted on this route: each participant casts one ballot, and it cannot be changed', { constraint: 'oneBallotPerVoter' });
  }
}

/** A vote for the voter's own delegation's plan (on `planId`, so the choice shows the problem). */
export function ownPlanError(): ValidationError {
  return ValidationError.field('planId', "is your own delegation's plan: vote for another delegation's plan", 'notOwnPlan');
}

/** Someone who is not a SELECTED participant of the route asked to vote. */
export class NotAVoterError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(why: string) {
    super(`Only the route's SELECTED participants vote: ${why}`);
  }
}

/** A participant asked for the tally before the vote closed. */
export class TallySecretError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(status: VotingStatus) {
    super(`The tally is shown to participants once the vote is CLOSED (it is ${status})`, { votingStatus: status });
  }
}

/** An award larger than what is left of the fund (on the amount, with what remains). */
export class AboveFundError extends ValidationError {
  constructor(remaining: Money) {
    super([{ path: 'input.amount.amount', message: `is more than what remains of the fund: ${remaining.currency} ${remaining.amount}`, constraint: 'withinFund' }]);
    Object.assign(this.details, { remaining });
  }
}

/** A fund made smaller than what it already awarded (on the amount, with the awarded total). */
export class BelowAwardedError extends ValidationError {
  constructor(awarded: Money) {
    super([{ path: 'input.amount.amount', message: `is less than the fund has already awarded: ${awarded.currency} ${awarded.amount}`, constraint: 'atLeastAwarded' }]);
    Object.assign(this.details, { awarded });
  }
}
