import { StarRating } from '@lr/portal-ui';
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

/**
 * Stars to the nearest half (4.5 shows four and a half) and the same in words ("4.5 out of 5
 * (2 ratings)"), which is what screen readers read.
 */
export function Rating({ value, count }: { value: number | null | undefined; count?: number }) {
  const { t } = useTranslation('champions');
  if (value === null || value === undefined) return <span className="lr-champions-muted">{t('noRating')}</span>;
  return (
    <span className="lr-champions-rating">
      <StarRating value={value} decorative /> <span>{count === undefined ? t('ratingValue', { value }) : t('ratingSummary', { value, count })}</span>
    </span>
  );
}
