import { reportDateProblem } from './report-rules';

describe('reportDateProblem', () => {
  it('accepts past dates, today and tomorrow (a reporter ahead of UTC)', () => {
    expect(reportDateProblem('2023-12-31', '2026-11-30')).toBeNull();
    expect(reportDateProblem('2026-11-30', '2026-11-30')).toBeNull();
    expect(reportDateProblem('2026-12-01', '2026-11-30')).toBeNull();
  });

  it('refuses dates further ahead, naming today', () => {
    expect(reportDateProblem('2026-12-02', '2026-11-30')).toBe('is in the future (today is 2026-11-30): report values that were measured');
    // Across a year's end: tomorrow is fine, the day after is not.
    expect(reportDateProblem('2027-01-01', '2026-12-31')).toBeNull();
    expect(reportDateProblem('2027-01-02', '2026-12-31')).toMatch(/future/);
  });
});
