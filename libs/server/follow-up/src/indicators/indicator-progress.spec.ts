import { dayNumber, indicatorStatus, isOnTrack, latestPoint, progressShare, type IndicatorLine } from './indicator-progress';
import { IndicatorStatus } from './indicator-status';

// Seed 003: baseline 0 in 2021, target 5 by December 2025, progress 2 in December 2023.
const csn: IndicatorLine = { baselineValue: '0', baselineDate: '2021-12-31', targetValue: '5', targetDate: '2025-12-31' };

describe('progressShare', () => {
  it("puts seed 003's indicator at 40 % of the way", () => {
    expect(progressShare(csn, { value: '2', reportedOn: '2023-12-31' })).toBe('40');
  });

  it('rounds to one decimal, half away from zero, exactly', () => {
    const line = { ...csn, targetValue: '3' };
    expect(progressShare(line, { value: '1', reportedOn: '2023-01-01' })).toBe('33.3');
    expect(progressShare(line, { value: '2', reportedOn: '2023-01-01' })).toBe('66.7');
    // 0.1 + 0.2 would not be 0.3 in floats; here it is exact: 0.3 of 0.9 is 33.3 %.
    expect(progressShare({ ...csn, baselineValue: '0.1', targetValue: '1' }, { value: '0.4', reportedOn: '2023-01-01' })).toBe('33.3');
  });

  it('works for a target below the baseline (a rate that should fall)', () => {
    const falling = { baselineValue: '40', baselineDate: '2022-01-01', targetValue: '20', targetDate: '2026-01-01' };
    expect(progressShare(falling, { value: '35', reportedOn: '2023-01-01' })).toBe('25');
  });

  it('is not clamped: below the baseline is negative, beyond the target above 100', () => {
    expect(progressShare(csn, { value: '-1', reportedOn: '2023-01-01' })).toBe('-20');
    expect(progressShare(csn, { value: '6', reportedOn: '2023-01-01' })).toBe('120');
  });

  it('is null without a value, a baseline or a target, or when target equals baseline', () => {
    expect(progressShare(csn, null)).toBeNull();
    expect(progressShare({ ...csn, baselineValue: null }, { value: '2', reportedOn: '2023-01-01' })).toBeNull();
    expect(progressShare({ ...csn, targetValue: '0' }, { value: '2', reportedOn: '2023-01-01' })).toBeNull();
  });
});

describe('isOnTrack against the straight line from baseline to target', () => {
  // 2021-12-31 → 2025-12-31 is 1461 days; at 2023-12-31 (730 days) the line is at 5 × 730/1461 ≈ 2.498.
  it('is off track when the value is short of the line at its date (seed 003: 2 < 2.498)', () => {
    expect(isOnTrack(csn, { value: '2', reportedOn: '2023-12-31' })).toBe(false);
    expect(indicatorStatus(csn, { value: '2', reportedOn: '2023-12-31' })).toBe(IndicatorStatus.OFF_TRACK);
  });

  it('is on track on the line or above it', () => {
    expect(isOnTrack(csn, { value: '2.5', reportedOn: '2023-12-31' })).toBe(true);
    // Exactly on the line: half-way in time, half-way in value.
    const even = { baselineValue: '0', baselineDate: '2024-01-01', targetValue: '10', targetDate: '2024-01-11' };
    expect(isOnTrack(even, { value: '5', reportedOn: '2024-01-06' })).toBe(true);
    expect(isOnTrack(even, { value: '4.9999', reportedOn: '2024-01-06' })).toBe(false);
  });

  it('reads the line as the baseline before its date and as the target after its date', () => {
    expect(isOnTrack(csn, { value: '0', reportedOn: '2020-06-01' })).toBe(true);
    expect(isOnTrack(csn, { value: '4.9999', reportedOn: '2027-01-01' })).toBe(false);
    expect(isOnTrack(csn, { value: '5', reportedOn: '2027-01-01' })).toBe(true);
  });

  it('wants the value at or below the line when the target is below the baseline', () => {
    const falling = { baselineValue: '40', baselineDate: '2022-01-01', targetValue: '20', targetDate: '2022-01-21' };
    // At 2022-01-11 the line is at 30.
    expect(isOnTrack(falling, { value: '30', reportedOn: '2022-01-11' })).toBe(true);
    expect(isOnTrack(falling, { value: '29', reportedOn: '2022-01-11' })).toBe(true);
    expect(isOnTrack(falling, { value: '31', reportedOn: '2022-01-11' })).toBe(false);
  });

  it('keeps an indicator whose target equals its baseline on track at or above it', () => {
    const keep = { baselineValue: '100', baselineDate: '2022-01-01', targetValue: '100', targetDate: '2023-01-01' };
    expect(isOnTrack(keep, { value: '100', reportedOn: '2022-06-01' })).toBe(true);
    expect(isOnTrack(keep, { value: '99', reportedOn: '2022-06-01' })).toBe(false);
  });

  it('has no data without a value or a full line', () => {
    expect(indicatorStatus(csn, null)).toBe(IndicatorStatus.NO_DATA);
    expect(indicatorStatus({ ...csn, targetDate: null }, { value: '2', reportedOn: '2023-12-31' })).toBe(IndicatorStatus.NO_DATA);
    expect(indicatorStatus({ ...csn, baselineValue: null }, { value: '2', reportedOn: '2023-12-31' })).toBe(IndicatorStatus.NO_DATA);
  });
});

describe('helpers', () => {
  it('counts days across leap years without time zones', () => {
    expect(dayNumber('2025-12-31') - dayNumber('2021-12-31')).toBe(1461);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('takes the latest point by date, the later one of a tie', () => {
    const a = { value: '1', reportedOn: '2023-01-01', id: 'a' };
    const b = { value: '2', reportedOn: '2023-06-01', id: 'b' };
    const c = { value: '3', reportedOn: '2023-06-01', id: 'c' };
    expect(latestPoint([b, a, c])?.id).toBe('c');
    expect(latestPoint([])).toBeNull();
  });
});
