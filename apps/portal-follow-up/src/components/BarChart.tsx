import { useTranslation } from 'react-i18next';

export interface Bar {
  key: string;
  label: string;
  count: number;
}

/**
 * Horizontal bars of counts (answers per option or per score). Each bar is a row of a list
 * that says its label, count and share in words, so it reads well without the bars.
 */
export function BarChart({ bars, total, label }: { bars: readonly Bar[]; total: number; label: string }) {
  const { t, i18n } = useTranslation('follow-up');
  const max = Math.max(1, ...bars.map((b) => b.count));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <ul className="lr-follow-up-bars" aria-label={label}>
      {bars.map((b) => (
        <li key={b.key}>
          <span className="lr-follow-up-bars__label">{b.label}</span>
          <svg className="lr-follow-up-bars__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="0" width={(b.count / max) * 100} height="10" />
          </svg>
          <span className="lr-follow-up-bars__count">{t('barCount', { count: b.count, share: percent.format(total ? b.count / total : 0) })}</span>
        </li>
      ))}
    </ul>
  );
}
