import { useTranslation } from 'react-i18next';
import type { ChampionRole } from '../graphql/generated/graphql';

export const ROLES: ChampionRole[] = ['LEADER', 'IMPLEMENTER', 'COMMUNITY_MEMBER', 'OFFICIAL'];

/** Languages champions commonly teach in; the filter offers these. */
export const TEACHING_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'qu', 'ay', 'wo', 'ff', 'sw', 'am', 'rw', 'hi', 'bn', 'ne'];

export function TrainedBadge({ trained }: { trained: boolean }) {
  const { t } = useTranslation('champions');
  return (
    <span className={`lr-badge ${trained ? 'lr-champions-badge--trained' : 'lr-champions-badge--untrained'}`}>
      {trained ? t('trainedYes') : t('trainedNo')}
    </span>
  );
}

/** Stars for sighted users, a sentence for screen readers ("4.5 out of 5 (2 ratings)"). */
export function Rating({ value, count }: { value: number | null | undefined; count?: number }) {
  const { t } = useTranslation('champions');
  if (value === null || value === undefined) return <span className="lr-champions-muted">{t('noRating')}</span>;
  const full = Math.round(value);
  return (
    <span className="lr-champions-rating">
      <span aria-hidden="true">
        {'★'.repeat(full)}
        {'☆'.repeat(Math.max(0, 5 - full))}
      </span>{' '}
      <span>{count === undefined ? t('ratingValue', { value }) : t('ratingSummary', { value, count })}</span>
    </span>
  );
}
