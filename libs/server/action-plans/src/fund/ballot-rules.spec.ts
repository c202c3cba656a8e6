import { PlanStatus } from '../plans/plan-status';
import { isVotable, tallyVotes, turnoutOf } from './ballot-rules';

describe('tallyVotes', () => {
  const plans = [
    { planId: 'a', name: 'Benin' },
    { planId: 'b', name: 'Guatemala' },
    { planId: 'c', name: 'Laos' },
    { planId: 'd', name: 'Sierra Leone' },
  ];

  it('ranks by votes with shares of the ballots cast, ties sharing a rank and the next rank skipping', () => {
    const { lines, totalBallots } = tallyVotes(plans, new Map([['a', 2], ['b', 5], ['c', 2], ['d', 1]]));
    expect(totalBallots).toBe(10);
    expect(lines).toEqual([
      { planId: 'b', votes: 5, share: 0.5, rank: 1 },
      { planId: 'a', votes: 2, share: 0.2, rank: 2 },
      { planId: 'c', votes: 2, share: 0.2, rank: 2 },
      { planId: 'd', votes: 1, share: 0.1, rank: 4 },
    ]);
  });

  it('lists plans nobody chose with no votes, and shares of 0 when nobody voted', () => {
    expect(tallyVotes(plans.slice(0, 2), new Map()).lines).toEqual([
      { planId: 'a', votes: 0, share: 0, rank: 1 },
      { planId: 'b', votes: 0, share: 0, rank: 1 },
    ]);
  });

  it('rounds shares to four decimals', () => {
    expect(tallyVotes(plans.slice(0, 2), new Map([['a', 2], ['b', 1]])).lines.map((l) => l.share)).toEqual([0.6667, 0.3333]);
  });
});

describe('turnoutOf', () => {
  it('is ballots over eligible voters, 0 when nobody may vote', () => {
    expect(turnoutOf(9, 12)).toBe(0.75);
    expect(turnoutOf(0, 0)).toBe(0);
  });
});

describe('isVotable', () => {
  it('accepts plans the review accepted, and those already awarded, only', () => {
    expect(Object.values(PlanStatus).filter(isVotable)).toEqual([PlanStatus.FINAL, PlanStatus.AWARDED]);
  });
});
