import { tallyReadiness } from './readiness';

describe('tallyReadiness', () => {
  it('lists, per practice and for the route, the champions without a completed training', () => {
    const tally = tallyReadiness({
      practiceIds: ['p1', 'p2', 'p3'],
      links: [
        { championId: 'ana', practiceId: 'p1' },
        { championId: 'ben', practiceId: 'p1' },
        { championId: 'ben', practiceId: 'p2' },
        { championId: 'cruz', practiceId: 'p2' },
        { championId: 'dina', practiceId: 'elsewhere' },
      ],
      trainedChampionIds: new Set(['ana', 'dina']),
    });
    expect(tally.practices).toEqual([
      { practiceId: 'p1', championIds: ['ana', 'ben'], needTrainingIds: ['ben'], trainedCount: 1 },
      { practiceId: 'p2', championIds: ['ben', 'cruz'], needTrainingIds: ['ben', 'cruz'], trainedCount: 0 },
      { practiceId: 'p3', championIds: [], needTrainingIds: [], trainedCount: 0 },
    ]);
    // ben is linked to two cases but counted once.
    expect(tally.championIds).toEqual(['ana', 'ben', 'cruz']);
    expect(tally.needTrainingIds).toEqual(['ben', 'cruz']);
    expect(tally.trainedCount).toBe(1);
  });

  it('is empty for a route without cases', () => {
    expect(tallyReadiness({ practiceIds: [], links: [], trainedChampionIds: new Set() })).toEqual({ practices: [], championIds: [], needTrainingIds: [], trainedCount: 0 });
  });
});
