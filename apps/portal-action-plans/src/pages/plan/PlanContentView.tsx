import { useFormat } from '@lr/portal-i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { smartRuleText, type SmartFinding } from '../../components/smart';

/** What a plan and a frozen version of it both show: texts, practices, objectives, activities. */
export interface PlanContentShape {
  innovations?: string | null;
  context?: string | null;
  expectedResults?: string | null;
  practices: readonly { id: string; title: string }[];
  objectives: readonly {
    id: string;
    statement: string;
    indicator?: string | null;
    unit?: string | null;
    baselineValue?: string | null;
    baselineDate?: string | null;
    targetValue?: string | null;
    targetDate?: string | null;
  }[];
  activities: readonly {
    id: string;
    objectiveId?: string | null;
    description: string;
    responsiblePerson?: { fullName: string } | null;
    responsibleOrganisation?: { name: string; acronym?: string | null } | null;
    startDate?: string | null;
    dueDate?: string | null;
    resources?: string | null;
    budget?: { minorUnits: string; currency: string } | null;
  }[];
}

/** The parts of a plan a reviewer comments on, in reading order (the API's section names). */
export type SectionKey = 'title' | 'context' | 'innovations' | 'practices' | 'objectives' | 'activities' | 'expectedResults' | `objectives.${number}` | `activities.${number}`;

/**
 * A plan's content to read: its texts, practices, objectives with their measures and activities
 * with who, when and with what. SMART findings show under the item they concern; `aside(section)`
 * adds something after a section or item (the review's comment field, or a review's comment).
 */
export function PlanContentView({ content, findings = [], aside }: { content: PlanContentShape; findings?: readonly SmartFinding[]; aside?(section: SectionKey): ReactNode }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const format = useFormat();
  const measure = (value?: string | null, unit?: string | null, date?: string | null) =>
    value === null || value === undefined ? '—' : `${value}${unit ? ` ${unit}` : ''}${date ? ` (${format.date(date)})` : ''}`;
  const notes = (itemId: string) => findings.filter((f) => f.itemId === itemId);
  const text = (key: 'context' | 'innovations' | 'expectedResults') => (
    <div key={key} className="lr-ap-section">
      <h3>{t(key)}</h3>
      <p className="lr-ap-prose">{content[key] || <span className="lr-ap-muted">{t('notWritten')}</span>}</p>
      {aside?.(key)}
    </div>
  );

  return (
    <>
      <section className="lr-card" aria-labelledby="content-overview-heading">
        <h2 id="content-overview-heading">{t('overview')}</h2>
        {aside?.('title')}
        {text('context')}
        {text('innovations')}
        <div className="lr-ap-section">
          <h3>{t('practicesAdapted')}</h3>
          {content.practices.length ? (
            <ul className="lr-ap-list">
              {content.practices.map((p) => (
                <li key={p.id}>{p.title}</li>
              ))}
            </ul>
          ) : (
            <p className="lr-ap-muted">{t('noPracticesChosen')}</p>
          )}
          {aside?.('practices')}
        </div>
        {text('expectedResults')}
      </section>

      <section className="lr-card" aria-labelledby="content-objectives-heading">
        <h2 id="content-objectives-heading">{t('objectives')}</h2>
        {content.objectives.length === 0 ? (
          <p className="lr-ap-muted">{t('noObjectives')}</p>
        ) : (
          <ol className="lr-ap-items">
            {content.objectives.map((o, i) => (
              <li key={o.id} className="lr-ap-read-item">
                <h3>{t('objectiveNumbered', { number: i + 1, statement: o.statement })}</h3>
                <dl className="lr-details">
                  <dt>{t('indicator')}</dt>
                  <dd>{o.indicator || '—'}</dd>
                  <dt>{t('baseline')}</dt>
                  <dd>{measure(o.baselineValue, o.unit, o.baselineDate)}</dd>
                  <dt>{t('target')}</dt>
                  <dd>{measure(o.targetValue, o.unit, o.targetDate)}</dd>
                </dl>
                <SmartNotes findings={notes(o.id)} />
                {aside?.(`objectives.${i + 1}`)}
              </li>
            ))}
          </ol>
        )}
        {aside?.('objectives')}
      </section>

      <section className="lr-card" aria-labelledby="content-activities-heading">
        <h2 id="content-activities-heading">{t('activities')}</h2>
        {content.activities.length === 0 ? (
          <p className="lr-ap-muted">{t('noActivities')}</p>
        ) : (
          <ol className="lr-ap-items">
            {content.activities.map((a, i) => {
              const served = content.objectives.findIndex((o) => o.id === a.objectiveId);
              const org = a.responsibleOrganisation;
              const who = [a.responsiblePerson?.fullName, org ? (org.acronym ? `${org.name} (${org.acronym})` : org.name) : null].filter(Boolean).join(' · ');
              return (
                <li key={a.id} className="lr-ap-read-item">
                  <h3>{t('activityNumbered', { number: i + 1, description: a.description })}</h3>
                  <dl className="lr-details">
                    <dt>{t('servesObjective')}</dt>
                    <dd>{served >= 0 ? t('objectiveNumber', { number: served + 1 }) : '—'}</dd>
                    <dt>{t('responsible')}</dt>
                    <dd>{who || '—'}</dd>
                    <dt>{t('when')}</dt>
                    <dd>{format.dateRange(a.startDate, a.dueDate)}</dd>
                    <dt>{t('resources')}</dt>
                    <dd>{a.resources || '—'}</dd>
                    <dt>{t('budget')}</dt>
                    <dd>{format.money(a.budget)}</dd>
                  </dl>
                  <SmartNotes findings={notes(a.id)} />
                  {aside?.(`activities.${i + 1}`)}
                </li>
              );
            })}
          </ol>
        )}
        {aside?.('activities')}
      </section>
    </>
  );
}

function SmartNotes({ findings }: { findings: readonly SmartFinding[] }) {
  const { t } = useTranslation('action-plans');
  if (!findings.length) return null;
  return (
    <ul className="lr-ap-smart-note lr-ap-list" aria-label={t('smartFindings')}>
      {findings.map((f) => (
        <li key={`${f.path}-${f.rule}`}>{t('smartHint', { problem: smartRuleText(f.rule) })}</li>
      ))}
    </ul>
  );
}
