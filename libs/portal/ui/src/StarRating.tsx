import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const STAR = 'M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6L1.3 7.8l6.1-.7z';

/**
 * A 0-5 rating as stars rounded to the nearest half (4.5 shows four and a half), with an
 * accessible label in the user's language ("4.5 out of 5"). `decorative` when the same words
 * are written next to it, so screen readers do not hear them twice.
 */
export function StarRating({ value, decorative }: { value: number; decorative?: boolean }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  // useId's characters are not all valid in url(#…).
  const gradient = `lr-half-${useId().replace(/[^\w-]/g, '')}`;
  const halves = Math.round(Math.min(5, Math.max(0, value)) * 2);
  const a11y = decorative ? { 'aria-hidden': true } : { role: 'img', 'aria-label': t('stars', { value }) };
  return (
    <span className="lr-stars" {...a11y}>
      <svg viewBox="0 0 100 20" width="5.5em" height="1.1em" focusable="false" aria-hidden="true">
        <defs>
          <linearGradient id={gradient}>
            <stop offset="50%" stopColor="currentColor" />
            <stop offset="50%" stopColor="transparent" />
          </linearGradient>
        </defs>
        {[0, 1, 2, 3, 4].map((i) => {
          const fill = halves >= (i + 1) * 2 ? 'currentColor' : halves === i * 2 + 1 ? `url(#${gradient})` : 'transparent';
          return <path key={i} d={STAR} transform={`translate(${i * 20} 0)`} fill={fill} stroke="currentColor" strokeWidth="1.2" />;
        })}
      </svg>
    </span>
  );
}
