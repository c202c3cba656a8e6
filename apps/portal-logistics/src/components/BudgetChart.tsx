import { useFormat } from '@lr/portal-i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartRow {
  key: string;
  label: string;
  /** Exact amounts in one currency (minor units as strings): the chart only scales them to pixels. */
  planned: { minorUnits: string; currency: string };
  actual: { minorUnits: string; currency: string };
}

/** Until the figure is measured (and in tests without layout), a phone's width. */
const DEFAULT_WIDTH = 340;
/** Room right of the longest bar for its amount. */
const VALUE_ROOM = 130;
const LABEL = 18;
const BAR = 14;
const GAP = 4;
const ROW = LABEL + 2 * BAR + GAP + 14;

/** The width of an element, followed as it changes (the chart is drawn at its own size, so its text is never scaled). */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.max(200, Math.floor(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * Planned against actual per category as horizontal bars, one pair per row with the category's
 * name above it (so long names never squeeze the bars on a phone), drawn at the figure's own
 * width so its words stay at reading size. The SVG is one image for screen readers, named by a
 * summary; the figures are in the table the caller shows with it. Amounts are formatted
 * exactly; only bar lengths are approximated, in pixels.
 */
export function BudgetChart({ rows, title }: { rows: readonly ChartRow[]; title: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const format = useFormat();
  const id = useId();
  const [figure, width] = useWidth<HTMLElement>();
  const value = (m: { minorUnits: string }) => Number(m.minorUnits);
  const max = Math.max(1, ...rows.flatMap((r) => [value(r.planned), value(r.actual)]));
  const over = rows.filter((r) => value(r.actual) > value(r.planned));
  const length = (m: { minorUnits: string }) => Math.max(value(m) > 0 ? 2 : 0, (value(m) / max) * (width - VALUE_ROOM));
  const height = rows.length * ROW;
  const summary = over.length ? t('chartSummaryOver', { count: rows.length, over: over.map((r) => r.label).join(', ') }) : t('chartSummary', { count: rows.length });

  return (
    <figure className="lr-logistics-chart" ref={figure}>
      <figcaption>
        <strong>{title}</strong>
        <span className="lr-logistics-chart__legend" aria-hidden="true">
          <span className="lr-logistics-chart__key lr-logistics-chart__key--planned" /> {t('planned')}
          <span className="lr-logistics-chart__key lr-logistics-chart__key--actual" /> {t('actual')}
          <span className="lr-logistics-chart__key lr-logistics-chart__key--over" /> {t('overBudget')}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="lr-logistics-chart__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {rows.map((r, i) => {
          const y = i * ROW;
          const isOver = value(r.actual) > value(r.planned);
          return (
            <g key={r.key} transform={`translate(0 ${y})`}>
              <text x={0} y={LABEL - 5} className="lr-logistics-chart__label">
                {isOver ? t('chartLabelOver', { label: r.label }) : r.label}
              </text>
              <rect x={0} y={LABEL} width={length(r.planned)} height={BAR} className="lr-logistics-chart__planned" />
              <text x={length(r.planned) + 6} y={LABEL + BAR - 3} className="lr-logistics-chart__value">
                {format.money(r.planned)}
              </text>
              <rect x={0} y={LABEL + BAR + GAP} width={length(r.actual)} height={BAR} className={isOver ? 'lr-logistics-chart__over' : 'lr-logistics-chart__actual'} />
              <text x={length(r.actual) + 6} y={LABEL + 2 * BAR + GAP - 3} className="lr-logistics-chart__value">
                {format.money(r.actual)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
