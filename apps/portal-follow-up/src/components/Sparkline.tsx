import { numberOf } from './numbers';

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 2;

/**
 * A small line of the reported values, oldest first, for a list row. It is decorative: the
 * row says the status and the last verified value in words, so screen readers skip it.
 */
export function Sparkline({ values }: { values: readonly string[] }) {
  const points = values.map(numberOf).filter((v): v is number => v !== null);
  if (points.length === 0) return null;
  const min = Math.min(...points);
  const max = Math.max(...points);
  const span = max - min || 1;
  const x = (i: number) => (points.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / span;
  const path = points.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = points[points.length - 1] as number;
  return (
    <svg className="lr-follow-up-sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx={x(points.length - 1)} cy={y(last)} r="2" fill="currentColor" />
    </svg>
  );
}
