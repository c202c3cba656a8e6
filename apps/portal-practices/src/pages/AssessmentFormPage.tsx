import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ErrorPanel, FormBanner, FormSelect, PageHeader, Skeleton, TextArea, useApiForm } from '@lr/portal-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { AssessmentFormQuery as AssessmentResult } from '../graphql/generated/graphql';
import { AssessmentFormQuery, SaveAssessmentMutation } from '../graphql/operations';

type Assessment = NonNullable<AssessmentResult['assessment']>;

interface AssessmentValues {
  version: number;
  /** One entry per criterion, in the criteria's order; '' is "not scored". */
  entries: { criterionId: string; score: string; comment: string }[];
}

const SCORE_OPTIONS = [0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

const criteriaOf = (a: Assessment) => [...a.criteria].sort((x, y) => x.position - y.position);

function valuesOf(a: Assessment): AssessmentValues {
  return {
    version: a.version,
    entries: criteriaOf(a).map((c) => {
      const s = a.scores.find((x) => x.criterionId === c.id);
      return { criterionId: c.id, score: s ? String(s.score) : '', comment: s?.comment ?? '' };
    }),
  };
}

/** The assigned assessor scores each criterion 0-5 with a comment, saves drafts, then submits. */
export function AssessmentFormPage() {
  const { assessmentId = '' } = useParams();
  const { t } = useTranslation(['practices', 'common']);
  const { user, notify, basePath } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AssessmentFormQuery,
    variables: { id: assessmentId },
    requestPolicy: 'network-only',
  });
  const [, save] = useMutation(SaveAssessmentMutation);
  // Only scored criteria are sent, so the API's `scores.<n>` counts the sent ones: this maps
  // each sent score back to its criterion's entry.
  const sentEntries = useRef<number[]>([]);
  const form = useApiForm<AssessmentValues>({
    defaultValues: { version: 0, entries: [] },
    fieldFor: (path) => {
      const [, index, field] = /^scores\.(\d+)\.(\w+)$/.exec(path) ?? [];
      const entry = index === undefined ? undefined : sentEntries.current[Number(index)];
      if (entry === undefined) return undefined;
      return field === 'comment' ? `entries.${entry}.comment` : `entries.${entry}.score`;
    },
  });

  const { reset } = form;
  useEffect(() => {
    if (data?.assessment) reset(valuesOf(data.assessment));
  }, [data, reset]);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.assessment) {
    return (
      <ErrorPanel
        title={errorCode(error) === 'NOT_FOUND' ? t('common:notFound') : t('common:loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {errorCode(error) !== 'NOT_FOUND' && errorMessage(error)}
      </ErrorPanel>
    );
  }
  const assessment = data.assessment;
  const criteria = criteriaOf(assessment);
  const editable = assessment.status === 'DRAFT' && assessment.assessorId === user.id;
  const practicePath = `${basePath}/${assessment.practice.id}/assessments`;

  const send = (submit: boolean) =>
    form.submit(async ({ version, entries }) => {
      const unscored = entries.flatMap((e, i) => (e.score === '' ? [i] : []));
      if (submit && unscored.length) {
        return form.showProblems(Object.fromEntries(unscored.map((i) => [`entries.${i}.score`, t('scoreRequired')])));
      }
      sentEntries.current = entries.flatMap((e, i) => (e.score === '' ? [] : [i]));
      const scores = sentEntries.current.map((i) => ({
        criterionId: entries[i].criterionId,
        score: Number(entries[i].score),
        comment: entries[i].comment.trim() || null,
      }));
      const result = await save({ input: { id: assessment.id, version, scores, submit } });
      if (result.error) return form.showApiError(result.error);
      // What was saved is the form's new starting point: nothing is left unsaved to warn about.
      if (result.data) form.reset({ version: result.data.saveAssessment.version, entries });
      notify(t(submit ? 'submitted' : 'draftSaved'), 'success');
      if (submit) navigate(practicePath);
    });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={send(true)} noValidate>
      <PageHeader
        title={t('assessmentTitle', { title: assessment.practice.title })}
        breadcrumbs={[{ label: assessment.practice.title, to: practicePath }]}
      />
      {!editable && (
        <p className="lr-notice" role="status">
          {assessment.status === 'SUBMITTED' ? t('assessmentFinal') : t('notYourAssessment')}
        </p>
      )}
      <FormBanner form={form} onReload={() => refetch({ requestPolicy: 'network-only' })} />
      {criteria.map((c, i) => (
        <fieldset key={c.id} className="lr-card lr-criterion" disabled={!editable}>
          <legend>
            <strong>{c.name}</strong> ({t('weight')}: {c.weight})
          </legend>
          {c.description && <p className="lr-field__hint">{c.description}</p>}
          <div className="lr-form-grid">
            <FormSelect
              form={form}
              name={`entries.${i}.score`}
              label={t('scoreLabel', { criterion: c.name })}
              placeholder={t('notScoredOption')}
              options={SCORE_OPTIONS}
            />
          </div>
          <TextArea label={t('commentLabel', { criterion: c.name })} rows={2} {...form.field(`entries.${i}.comment`)} />
        </fieldset>
      ))}
      {editable && (
        <div className="lr-form-actions">
          <Button onClick={send(false)} busy={form.formState.isSubmitting}>
            {t('saveDraft')}
          </Button>
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('submit')}
          </Button>
        </div>
      )}
    </form>
  );
}
