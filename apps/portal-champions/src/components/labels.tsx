import type { ChampionRole } from '../graphql/generated/graphql';
import { useSection } from './section-context';

export const ROLES: ChampionRole[] = ['LEADER', 'IMPLEMENTER', 'COMMUNITY_MEMBER', 'OFFICIAL'];

/** Languages champions commonly teach in; the filter offers these. */
export const TEACHING_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'qu', 'ay', 'wo', 'ff', 'sw', 'am', 'rw', 'hi', 'bn', 'ne'];

/** The name of an ISO 639-1 language in the portal's language, or the code itself. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function useRoleLabel() {
  const { t } = useSection();
  return (role: ChampionRole) => t(`role${role}`);
}

export function TrainedBadge({ trained }: { trained: boolean }) {
  const { t } = useSection();
  return <span className={`lr-badge ${trained ? 'lr-champions-badge--trained' : 'lr-champions-badge--untrained'}`}>{trained ? t('trainedYes') : t('trainedNo')}</span>;
}

/** Stars for sighted users, a sentence for screen readers. */
export function Rating({ value, count }: { value: number | null | undefined; count?: number }) {
  const { t, language } = useSection();
  if (value === null || value === undefined) return <span className="lr-champions-muted">{t('noRating')}</span>;
  const shown = value.toLocaleString(language, { maximumFractionDigits: 2 });
  const label = count === undefined ? t('ratingValue', { value: shown }) : t(count === 1 ? 'ratingSummaryOne' : 'ratingSummary', { value: shown, count });
  const full = Math.round(value);
  return (
    <span className="lr-champions-rating">
      <span aria-hidden="true">
        {'★'.repeat(full)}
        {'☆'.repeat(Math.max(0, 5 - full))}
      </span>{' '}
      <span>{label}</span>
    </span>
  );
}
