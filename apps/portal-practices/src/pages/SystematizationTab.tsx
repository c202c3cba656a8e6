import { errorMessage } from '@lr/portal-graphql';
import type { SystematizationQuery as StepsResult, SystematizationStepStatus } from '../graphql/generated/graphql';
import { Button, ErrorPanel, SelectField, Skeleton, TextField } from '@lr/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import { SystematizationQuery, UpdateSystematizationStepMutation } from '../graphql/operations';
import { STEP_LABELS, STEP_STATUS_LABELS, labelOf } from '../messages';

type Step = StepsResult['practice']['systematizationSteps'][number];
const STEP_STATUSES: SystematizationStepStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

/** The six documentation steps as a checklist; editors set status, owner and dates per step. */
export function SystematizationTab({ practiceId }: { practiceId: string }) {
  const { t, language, canEdit } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SystematizationQuery,
    variables: { id: practiceId },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('loadFailed')} onRetry={reload} retryLabel={t('retry')}>
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
                {labelOf(STEP_LABELS, language, step.step)} —{' '}
                {labelOf(STEP_STATUS_LABELS, language, step.status)}
              </h3>
              {canEdit ? (
                <StepForm step={step} people={people} onReload={reload} />
              ) : (
                <dl className="lr-details">
                  <dt>{t('owner')}</dt>
                  <dd>{step.owner?.fullName ?? '—'}</dd>
                  <dt>{t('startDate')}</dt>
                  <dd>{step.startDate ?? '—'}</dd>
                  <dt>{t('dueDate')}</dt>
                  <dd>{step.dueDate ?? '—'}</dd>
                  <dt>{t('doneDate')}</dt>
                  <dd>{step.doneDate ?? '—'}</dd>
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function StepForm({
  step,
  people,
  onReload,
}: {
  step: Step;
  people: { value: string; label: string }[];
  onReload(): void;
}) {
  const { t, language, notify } = useSection();
  const [{ fetching: saving }, update] = useMutation(UpdateSystematizationStepMutation);
  const { outcome, fromError, clear } = useFormOutcome();
  const initial = () => ({
    status: step.status,
    ownerId: step.ownerId ?? '',
    startDate: step.startDate ?? '',
    dueDate: step.dueDate ?? '',
    doneDate: step.doneDate ?? '',
  });
  const [values, setValues] = useState(initial);
  // A reload (or a save) brings the step's current version and values.
  useEffect(() => setValues(initial()), [step.version]);
  const stepName = labelOf(STEP_LABELS, language, step.step);
  const err = (path: string) => outcome.fields[path];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await update({
      input: {
        id: step.id,
        version: step.version,
        status: values.status,
        ownerId: values.ownerId || null,
        startDate: values.startDate || null,
        dueDate: values.dueDate || null,
        doneDate: values.status === 'DONE' ? values.doneDate || null : null,
      },
    });
    if (result.error) return fromError(result.error);
    clear();
    notify(t('stepSaved', { step: stepName }), 'success');
  }

  return (
    <form onSubmit={submit} noValidate aria-label={stepName}>
      <FormBanner outcome={outcome} onReload={() => (clear(), onReload())} />
      <div className="lr-form-grid">
        <SelectField
          label={t('status')}
          value={values.status}
          onChange={(e) => setValues((v) => ({ ...v, status: e.target.value as SystematizationStepStatus }))}
          options={STEP_STATUSES.map((s) => ({ value: s, label: labelOf(STEP_STATUS_LABELS, language, s) }))}
          error={err('status')}
        />
        <SelectField
          label={t('owner')}
          value={values.ownerId}
          onChange={(e) => setValues((v) => ({ ...v, ownerId: e.target.value }))}
          placeholder={t('nobody')}
          options={people}
          error={err('ownerId')}
        />
        <TextField
          label={t('startDate')}
          type="date"
          value={values.startDate}
          onChange={(e) => setValues((v) => ({ ...v, startDate: e.target.value }))}
          error={err('startDate')}
        />
        <TextField
          label={t('dueDate')}
          type="date"
          value={values.dueDate}
          onChange={(e) => setValues((v) => ({ ...v, dueDate: e.target.value }))}
          error={err('dueDate')}
        />
        <TextField
          label={t('doneDate')}
          type="date"
          disabled={values.status !== 'DONE'}
          value={values.doneDate}
          onChange={(e) => setValues((v) => ({ ...v, doneDate: e.target.value }))}
          error={err('doneDate')}
        />
      </div>
      <Button type="submit" busy={saving}>
        {t('saveStep', { step: stepName })}
      </Button>
    </form>
  );
}
