import { durationOf, minutesOf } from '../../components/times';

/** Pixels per minute on the board: an hour is 96 px, tall enough for a card's first lines. */
export const SCALE = 1.6;
/** A card is never shorter than this, whatever its length: its time and title stay readable. */
export const MIN_CARD_PX = 72;

export interface Placed<T> {
  item: T;
  top: number;
  height: number;
  /** Side by side when sessions overlap (which the checks also report). */
  lane: number;
  lanes: number;
}

/**
 * The hours the board shows: from the earliest start (at the latest 08:00) to the latest end
 * (at least 18:00), on whole hours, plus an hour after to drop a session at the end of a day.
 */
export function boardHours(sessions: readonly { startTime: string; endTime: string }[]): { start: number; end: number } {
  const starts = sessions.map((s) => minutesOf(s.startTime));
  const ends = sessions.map((s) => minutesOf(s.endTime));
  const start = Math.floor(Math.min(8 * 60, ...starts) / 60) * 60;
  const end = Math.min(24 * 60, Math.ceil(Math.max(18 * 60, ...ends) / 60) * 60 + 60);
  return { start, end };
}

/**
 * Places a day's sessions on its column: top and height from their times, and overlapping ones
 * (a cluster of sessions that overlap one another) share the width in lanes.
 */
export function layoutDay<T extends { startTime: string; endTime: string }>(sessions: readonly T[], dayStart: number): Placed<T>[] {
  const sorted = [...sessions].sort((a, b) => minutesOf(a.startTime) - minutesOf(b.startTime) || minutesOf(a.endTime) - minutesOf(b.endTime));
  const placed: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    const start = minutesOf(item.startTime);
    const end = minutesOf(item.endTime);
    if (start >= clusterEnd) close();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane < 0) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    clusterEnd = Math.max(clusterEnd, end);
    const p: Placed<T> = { item, top: (start - dayStart) * SCALE, height: Math.max(durationOf(item) * SCALE, MIN_CARD_PX), lane, lanes: 1 };
    cluster.push(p);
    placed.push(p);
  }
  close();
  return placed;
}
