import { DataTable } from '@lr/portal-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verification } from '../graphql/generated/graphql';
import { VerificationBadge } from './labels';
import { dayNumber, formatNumber, numberOf } from './numbers';

export interface ChartReport {
  id: string;
  value: string;
  reportedOn: string;
  verification: Verification;
}

export interface ProgressChartProps {
  name: string;
  unit?: string | null;
  baselineValue?: string | null;
  baselineDate?: string | null;
  targetValue?: string | null;
  targetDate?: string | null;
  reports: readonly ChartReport[];
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 56;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 36;

/**
 * The indicator's way from baseline to target: the straight line it should follow, and each
 * reported value on it (filled when verified, hollow when not). The chart has a title and a
 * description for screen readers, and the same numbers follow in a table.
 */
export function ProgressChart({ name, unit, baselineValue, baselineDate, targetValue, targetDate, reports }: ProgressChartProps) {
  const { t, i18n } = useTranslation('follow-up');
  const titleId = useId();
  const descId = useId();
  const fmt = (v: string | number | null | undefined) => formatNumber(v, i18n.language);
  const baseline = numberOf(baselineValue);
  const target = numberOf(targetValue);
  const points = reports
    .map((r) => ({ ...r, n: numberOf(r.value), day: dayNumber(r.reportedOn) }))
    .filter((p): p is typeof p & { n: number } => p.n !== null);
  const hasLine = baseline !== null && target !== null && !!baselineDate && !!targetDate;

  const days = [...points.map((p) => p.day), ...(baselineDate ? [dayNumber(baselineDate)] : []), ...(targetDate ? [dayNumber(targetDate)] : [])];
  const values = [...points.map((p) => p.n), ...(baseline !== null ? [baseline] : []), ...(target !== null ? [target] : [])];
  const summary = t('chartSummary', {
    baseline: fmt(baselineValue),
    baselineDate: baselineDate ?? '—',
    target: fmt(targetValue),
    targetDate: targetDate ?? '—',
    count: points.length,
    verified: points.filter((p) => p.verification === 'VERIFIED').length,
  });

  let chart = null;
  if (days.length && values.length) {
    const minDay = Math.min(...days);
    const maxDay = Math.max(...days);
    const minValue = Math.min(0, ...values);
    const maxValue = Math.max(...values);
    const daySpan = maxDay - minDay || 1;
    const valueSpan = maxValue - minValue || 1;
    const x = (day: number) => LEFT + ((day - minDay) * (WIDTH - LEFT - RIGHT)) / daySpan;
    const y = (v: number) => HEIGHT - BOTTOM - ((v - minValue) * (HEIGHT - TOP - BOTTOM)) / valueSpan;
    const ticks = [minValue, minValue + valueSpan / 2, maxValue];
    const firstDate = new Date(minDay * 86_400_000).toISOString().slice(0, 10);
    const lastDate = new Date(maxDay * 86_400_000).toISOString().slice(0, 10);
    chart = (
      <svg className="lr-follow-up-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId}>
        <title id={titleId}>{t('chartTitle', { name })}</title>
        <desc id={descId}>{summary}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} className="lr-follow-up-chart__grid" />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="lr-follow-up-chart__label">
              {fmt(v)}
            </text>
          </g>
        ))}
        <text x={LEFT} y={HEIGHT - 10} className="lr-follow-up-chart__label">
          {firstDate}
        </text>
        <text x={WIDTH - RIGHT} y={HEIGHT - 10} textAnchor="end" className="lr-follow-up-chart__label">
          {lastDate}
        </text>
        {hasLine && (
          <line
            x1={x(dayNumber(baselineDate))}
            y1={y(baseline)}
            x2={x(dayNumber(targetDate))}
            y2={y(target)}
            className="lr-follow-up-chart__target"
          />
        )}
        {baseline !== null && baselineDate && <rect x={x(dayNumber(baselineDate)) - 4} y={y(baseline) - 4} width="8" height="8" className="lr-follow-up-chart__baseline" />}
        {target !== null && targetDate && (
          <path
            d={`M${x(dayNumber(targetDate))},${y(target) - 6} l6,6 l-6,6 l-6,-6 z`}
            className="lr-follow-up-chart__goal"
          />
        )}
        {points.length > 1 && (
          <path
            d={points
              .slice()
              .sort((a, b) => a.day - b.day)
              .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${y(p.n).toFixed(1)}`)
              .join(' ')}
            className="lr-follow-up-chart__reported"
          />
        )}
        {points.map((p) => (
          <circle
            key={p.id}
            cx={x(p.day)}
            cy={y(p.n)}
            r="5"
            className={p.verification === 'VERIFIED' ? 'lr-follow-up-chart__point lr-follow-up-chart__point--verified' : 'lr-follow-up-chart__point'}
          />
        ))}
      </svg>
    );
  }

  return (
    <figure className="lr-follow-up-figure">
      {chart ?? <p className="lr-empty">{t('chartNoData')}</p>}
      <figcaption>
        <ul className="lr-follow-up-legend">
          <li>
            <span className="lr-follow-up-legend__target" aria-hidden="true" /> {t('legendTarget')}
          </li>
          <li>
            <span className="lr-follow-up-legend__verified" aria-hidden="true" /> {t('legendVerified')}
          </li>
          <li>
            <span className="lr-follow-up-legend__unverified" aria-hidden="true" /> {t('legendUnverified')}
          </li>
        </ul>
        <details>
          <summary>{t('chartAsTable')}</summary>
          <DataTable
            caption={t('chartTitle', { name })}
            rowKey={(r) => r.key}
            empty={t('chartNoData')}
            rows={[
              ...(baselineValue ? [{ key: 'baseline', what: t('baseline'), date: baselineDate ?? '—', value: baselineValue, verification: null }] : []),
              ...reports.map((r) => ({ key: r.id, what: t('reported'), date: r.reportedOn, value: r.value, verification: r.verification })),
              ...(targetValue ? [{ key: 'target', what: t('target'), date: targetDate ?? '—', value: targetValue, verification: null }] : []),
            ]}
            columns={[
              { key: 'what', header: t('point'), render: (r) => r.what },
              { key: 'date', header: t('date'), render: (r) => r.date },
              { key: 'value', header: unit ? t('valueIn', { unit }) : t('value'), render: (r) => fmt(r.value) },
              { key: 'verification', header: t('verification'), render: (r) => (r.verification ? <VerificationBadge verification={r.verification} /> : '—') },
            ]}
          />
        </details>
      </figcaption>
    </figure>
  );
}
