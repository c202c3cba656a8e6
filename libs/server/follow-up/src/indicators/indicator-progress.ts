import { divideRounded, fromScaled, toScaled } from './decimal';
import { IndicatorStatus } from './indicator-status';

/** What the rules read of an indicator: its straight line from baseline to target. */
export interface IndicatorLine {
  baselineValue: string | null;
  baselineDate: string | null;
  targetValue: string | null;
  targetDate: string | null;
}

/** A verified value on a date (YYYY-MM-DD). */
export interface ValuePoint {
  value: string;
  reportedOn: string;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no time zone shifts a day). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * The share of the way from baseline to target the value has come, as a percentage rounded to
 * one decimal (half away from zero), e.g. "40" or "33.3". It may be negative (the value moved
 * away from the target) or above 100 (beyond it): it is not clamped, so people see it. Null
 * without a baseline, a target or a value, or when target and baseline are equal (no way to go).
 */
export function progressShare(line: IndicatorLine, last: ValuePoint | null): string | null {
  if (!last || line.baselineValue === null || line.targetValue === null) return null;
  const baseline = toScaled(line.baselineValue);
  const way = toScaled(line.targetValue) - baseline;
  if (way === 0n) return null;
  // Tenths of a percent: (value − baseline) × 1000 / (target − baseline).
  const tenths = divideRounded((toScaled(last.value) - baseline) * 1000n, way);
  return fromScaled(tenths, 1);
}

/**
 * Is the value on track? The line runs straight from (baselineDate, baseline) to (targetDate,
 * target) and is read at the value's own date — before the baseline date it is the baseline,
 * after the target date the target. On track means on the line or beyond it in the target's
 * direction (≥ when the target is above the baseline, ≤ when below; an indicator whose target
 * equals its baseline — "keep it at 100 %" — is on track at or above it). Compared exactly by
 * cross-multiplying, so no division rounds. Null when the line cannot be drawn or there is no value.
 */
export function isOnTrack(line: IndicatorLine, last: ValuePoint | null): boolean | null {
  if (!last || line.baselineValue === null || line.targetValue === null || !line.baselineDate || !line.targetDate) return null;
  const baseline = toScaled(line.baselineValue);
  const target = toScaled(line.targetValue);
  const value = toScaled(last.value);
  const span = BigInt(dayNumber(line.targetDate) - dayNumber(line.baselineDate));
  if (span <= 0n) return null;
  const raw = BigInt(dayNumber(last.reportedOn) - dayNumber(line.baselineDate));
  const elapsed = raw < 0n ? 0n : raw > span ? span : raw;
  // value ⋛ baseline + (target − baseline) × elapsed / span, multiplied through by span (> 0).
  const left = (value - baseline) * span;
  const right = (target - baseline) * elapsed;
  return target >= baseline ? left >= right : left <= right;
}

/** ON_TRACK, OFF_TRACK, or NO_DATA when there is no verified value or no line to read it against. */
export function indicatorStatus(line: IndicatorLine, last: ValuePoint | null): IndicatorStatus {
  const onTrack = isOnTrack(line, last);
  if (onTrack === null) return IndicatorStatus.NO_DATA;
  return onTrack ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK;
}

/** The latest of some verified values: by date, then by the order given (later wins a tie). */
export function latestPoint<T extends ValuePoint>(points: readonly T[]): T | null {
  let latest: T | null = null;
  for (const p of points) if (!latest || p.reportedOn >= latest.reportedOn) latest = p;
  return latest;
}
