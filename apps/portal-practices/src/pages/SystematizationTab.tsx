import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { SystematizationQuery } from '../graphql/operations';
import { StepForm } from './StepForm';

/** The six documentation steps as a checklist; editors set status, owner and dates per step. */
export function SystematizationTab({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation(['practices', 'common']);
  const { canEdit } = useSection();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SystematizationQuery,
    variables: { id: practiceId },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const steps = data.practice.systematizationSteps;
  const people = data.people.edges.map((e) => ({ value: e.node.id, label: e.node.fullName }));

  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('steps')}</h2>
      {steps.length === 0 ? (
        <p>{t('stepsNotOpen')}</p>
      ) : (
        <ol className="lr-checklist">
          {steps.map((step) => (
            <li key={step.id} className={`lr-card lr-checklist__item lr-checklist__item--${step.status.toLowerCase()}`}>
              <h3>
                <span aria-hidden="true">{step.status === 'DONE' ? '☑ ' : '☐ '}</span>
                {t(`stepNames.${step.step}`)} — {t(`stepStatuses.${step.status}`)}
              </h3>
              {canEdit ? (
                <StepForm step={step} people={people} onReload={reload} />
              ) : (
                <dl className="lr-details">
                  <dt>{t('owner')}</dt>
                  <dd>{step.owner ? <Link to={`/routes/people?q=${encodeURIComponent(step.owner.fullName)}`}>{step.owner.fullName}</Link> : '—'}</dd>
                  <dt>{t('startDate')}</dt>
                  <dd>{format.date(step.startDate)}</dd>
                  <dt>{t('dueDate')}</dt>
                  <dd>{format.date(step.dueDate)}</dd>
                  <dt>{t('doneDate')}</dt>
                  <dd>{format.date(step.doneDate)}</dd>
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
