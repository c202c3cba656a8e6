import { trainingProblems } from './training-rules';

const base = { date: '2016-09-01', completed: true, trainerName: 'PROCASUR team', trainerPersonId: null };

describe('trainingProblems', () => {
  it('accepts a completed training in the past with one trainer', () => {
    expect(trainingProblems(base, '2016-09-02')).toEqual([]);
  });

  it('refuses naming the trainer twice', () => {
    expect(trainingProblems({ ...base, trainerPersonId: 'p1' }, '2016-09-02')).toEqual([
      { path: 'input.trainerPersonId', message: 'name the trainer by trainerName or trainerPersonId, not both' },
    ]);
  });

  it('refuses a completed training in the future but accepts a planned one', () => {
    expect(trainingProblems({ ...base, date: '2016-09-03' }, '2016-09-02').map((p) => p.path)).toEqual(['input.date']);
    expect(trainingProblems({ ...base, date: '2016-09-03', completed: false }, '2016-09-02')).toEqual([]);
  });
});
