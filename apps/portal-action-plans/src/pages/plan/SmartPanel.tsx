import { useTranslation } from 'react-i18next';
import { SmartBadge } from '../../components/labels';
import { anchorOf, smartFindingText, type SmartFinding } from '../../components/smart';
import { focusAnchor } from '../../components/SmartSpot';

/**
 * The SMART check at a glance: passes, or every finding in reading order. While the plan is
 * being edited each finding links to the field it concerns (where it is shown again).
 */
export function SmartPanel({ check, editing, heading }: { check: { passes: boolean; items: readonly SmartFinding[] }; editing: boolean; heading?: string }) {
  const { t } = useTranslation('action-plans');
  return (
    <section className={`lr-card ${check.passes ? 'lr-ap-smart-ok' : 'lr-ap-smart-not-ok'}`} aria-labelledby="smart-heading">
      <div className="lr-toolbar">
        <h2 id="smart-heading">{heading ?? t('smartCheck')}</h2>
        <SmartBadge passes={check.passes} count={check.items.length} />
      </div>
      {check.passes ? (
        <p>{t('smartPassesText')}</p>
      ) : (
        <>
          <p>{t('smartFailsText')}</p>
          <ul className="lr-ap-list" aria-label={t('smartFindings')}>
            {check.items.map((item) => (
              <li key={`${item.path}-${item.rule}`}>{editing ? <a href={`#${anchorOf(item)}`} onClick={(e) => focusAnchor(anchorOf(item), e)}>
                    {smartFindingText(item)}
                  </a> : smartFindingText(item)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
