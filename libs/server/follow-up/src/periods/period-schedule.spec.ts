import { autoLockAt, dateProblems, overlaps, reminderAt } from './period-schedule';

describe('reporting period dates', () => {
  it('reminds seven days before the closing day and locks once it is over', () => {
    expect(reminderAt('2025-04-15').toISOString()).toBe('2025-04-08T00:00:00.000Z');
    expect(autoLockAt('2025-04-15').toISOString()).toBe('2025-04-16T00:00:00.000Z');
    expect(reminderAt('2025-03-03').toISOString()).toBe('2025-02-24T00:00:00.000Z');
    expect(autoLockAt('2024-12-31').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('names the field that is out of order', () => {
    expect(dateProblems({ startsOn: '2025-01-01', endsOn: '2025-03-31', closesOn: '2025-04-15' })).toEqual([]);
    expect(dateProblems({ startsOn: '2025-01-01', endsOn: '2025-01-01', closesOn: '2025-01-01' })).toEqual([]);
    expect(dateProblems({ startsOn: '2025-04-01', endsOn: '2025-03-31', closesOn: '2025-04-15' })).toEqual([{ path: 'input.endsOn', message: 'must be on or after startsOn (2025-04-01)', constraint: 'periodEndsAfterStart' }]);
    expect(dateProblems({ startsOn: '2025-01-01', endsOn: '2025-03-31', closesOn: '2025-03-30' })).toEqual([{ path: 'input.closesOn', message: 'must be on or after endsOn (2025-03-31)', constraint: 'periodClosesAfterEnd' }]);
  });

  it('sees periods sharing a day as overlapping, and neighbours as not', () => {
    const q1 = { startsOn: '2025-01-01', endsOn: '2025-03-31' };
    expect(overlaps(q1, { startsOn: '2025-03-31', endsOn: '2025-06-30' })).toBe(true);
    expect(overlaps(q1, { startsOn: '2025-02-01', endsOn: '2025-02-28' })).toBe(true);
    expect(overlaps(q1, { startsOn: '2024-10-01', endsOn: '2025-01-01' })).toBe(true);
    expect(overlaps(q1, { startsOn: '2025-04-01', endsOn: '2025-06-30' })).toBe(false);
    expect(overlaps(q1, { startsOn: '2024-10-01', endsOn: '2024-12-31' })).toBe(false);
  });
});
