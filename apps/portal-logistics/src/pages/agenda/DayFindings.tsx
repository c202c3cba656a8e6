import { useTranslation } from 'react-i18next';
import type { Finding } from './agenda-types';
import { findingText, isBlocking, type FindingContext } from './findings';

/** What the checks found about a day as a whole (e.g. delegation presentations not on the first day). */
export function DayFindings({ findings, context }: { findings: readonly Finding[]; context: FindingContext }) {
  const { t } = useTranslation(['logistics', 'common']);
  if (!findings.length) return null;
  return (
    <ul className="lr-logistics-card__findings" aria-label={t('findingsOfDay')}>
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={isBlocking(f) ? 'lr-logistics-finding--blocking' : 'lr-logistics-finding--warning'}>
          <span className="lr-visually-hidden">{t(`severities.${isBlocking(f) ? 'BLOCKING' : 'WARNING'}`)}: </span>
          {findingText(f, context)}
        </li>
      ))}
    </ul>
  );
}
