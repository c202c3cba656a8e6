import { useFormat } from '@lr/portal-i18n';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartRow {
  id: string;
  label: string;
  votes: number;
  /** Of the ballots cast, 0 to 1. */
  share: number;
  rank: number;
}

/** The width the chart has on the page, followed as it changes (a phone turned, a window resized). */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () =>
      setWidth(Math.max(240, Math.floor(element.getBoundingClientRect().width)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

const ROW = 58;
const LABEL = 18;
const BAR = 22;
/** About the width of one character of the labels (14 px system font). */
const CHAR = 7.4;

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…` : text;

/**
 * Votes per plan as horizontal bars, drawn at the width the page gives it (so its words keep
 * their size on a phone), most votes first. The picture is one image for screen readers, named
 * and described in words; the same numbers follow as a table, for reading and for copying.
 */
export function VoteChart({ rows, title }: { rows: readonly ChartRow[]; title: string }) {
  const { t } = useTranslation('action-plans');
  const format = useFormat();
  const id = useId();
  const { ref, width } = useWidth<HTMLDivElement>(600);
  const max = Math.max(1, ...rows.map((r) => r.votes));
  const valueRoom = 150;
  const barRoom = Math.max(40, width - valueRoom);
  const height = Math.max(ROW, rows.length * ROW);
  const percent = (share: number) => format.number(share * 100, 0);
  const description = rows
    .map((r) => t('chartRowText', { label: r.label, votes: r.votes, percent: percent(r.share) }))
    .join('; ');

  return (
    <div className="lr-ap-chart">
      <figure className="lr-ap-chart__figure">
        <div ref={ref} className="lr-ap-chart__frame">
          <svg
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-labelledby={`${id}-title`}
            aria-describedby={`${id}-desc`}
          >
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>{description || t('noVotesYet')}</desc>
            {rows.map((r, i) => {
              const y = i * ROW;
              const w = r.votes === 0 ? 2 : Math.max(4, (r.votes / max) * barRoom);
              return (
                <g key={r.id} aria-hidden="true">
                  <text x={0} y={y + LABEL - 4} className="lr-ap-chart__label">
                    {cut(`${r.rank}. ${r.label}`, Math.floor(width / CHAR))}
                  </text>
                  <rect
                    x={0}
                    y={y + LABEL}
                    width={w}
                    height={BAR}
                    rx={3}
                    className={
                      r.rank === 1 && r.votes > 0
                        ? 'lr-ap-chart__bar lr-ap-chart__bar--first'
                        : 'lr-ap-chart__bar'
                    }
                  />
                  <text x={w + 8} y={y + LABEL + BAR - 6} className="lr-ap-chart__value">
                    {t('chartValue', { votes: r.votes, percent: percent(r.share) })}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
        <figcaption className="lr-visually-hidden">{title}</figcaption>
      </figure>
      {/* Seen above the table; screen readers hear the table's own caption. */}
      <p className="lr-ap-chart__caption" aria-hidden="true">
        {t('chartTable', { title })}
      </p>
      <div className="lr-table-wrap">
        <table className="lr-table lr-table--cards">
          <caption className="lr-visually-hidden">{t('chartTable', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rank')}</th>
              <th scope="col">{t('plan')}</th>
              <th scope="col">{t('votes')}</th>
              <th scope="col">{t('share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td data-label={t('rank')}>{r.rank}</td>
                <th scope="row" data-label={t('plan')}>
                  {r.label}
                </th>
                <td data-label={t('votes')}>{format.number(r.votes)}</td>
                <td data-label={t('share')}>{t('percent', { percent: percent(r.share) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
