import { PlanStatus } from '../plans/plan-status';

/**
 * The plans a ballot may choose: accepted ones. The vote picks among plans the review cycle
 * has accepted (FINAL), and a plan that already received an award (AWARDED, say a technical-
 * assistance visit decided before the vote) stays in the running. Drafts and plans still in
 * review are not: their content may still change after people voted for it.
 */
export const VOTABLE_STATUSES: readonly PlanStatus[] = [PlanStatus.FINAL, PlanStatus.AWARDED];

export const isVotable = (status: PlanStatus) => VOTABLE_STATUSES.includes(status);

/** One plan's line in a tally. */
export interface TallyLine {
  planId: string;
  votes: number;
  /** votes / ballots cast, 0 to 1 (4 decimals); 0 while nobody voted. */
  share: number;
  /** 1 for the most votes; plans with as many votes share a rank, and the next rank skips (1, 2, 2, 4). */
  rank: number;
}

const fraction = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

/**
 * Ranks the plans by their votes (single choice: one ballot is one vote for one plan). Every
 * plan given is listed, with 0 votes if nobody chose it; ties are listed by `name`, then id,
 * so the order is stable between reads.
 */
export function tallyVotes(plans: readonly { planId: string; name: string }[], votesByPlan: ReadonlyMap<string, number>): { lines: TallyLine[]; totalBallots: number } {
  const totalBallots = [...votesByPlan.values()].reduce((a, b) => a + b, 0);
  const sorted = plans
    .map((p) => ({ ...p, votes: votesByPlan.get(p.planId) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.name.localeCompare(b.name) || a.planId.localeCompare(b.planId));
  const lines: TallyLine[] = [];
  for (const [index, plan] of sorted.entries()) {
    const previous = lines[index - 1];
    const rank = previous && sorted[index - 1].votes === plan.votes ? previous.rank : index + 1;
    lines.push({ planId: plan.planId, votes: plan.votes, share: fraction(plan.votes, totalBallots), rank });
  }
  return { lines, totalBallots };
}

/** Ballots cast / people who may vote, 0 to 1 (4 decimals). */
export const turnoutOf = (ballots: number, eligibleVoters: number) => fraction(ballots, eligibleVoters);
