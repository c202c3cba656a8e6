import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ErrorPanel, SelectField, Skeleton, TextArea } from '@lr/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import { AssessmentFormQuery, SaveAssessmentMutation } from '../graphql/operations';

type Entry = { score: string; comment: string };

/** The assigned assessor scores each criterion 0-5 with a comment, saves drafts, then submits. */
export function AssessmentFormPage() {
  const { assessmentId = '' } = useParams();
  const { t, user, notify, basePath } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AssessmentFormQuery,
    variables: { id: assessmentId },
    requestPolicy: 'network-only',
  });
  const [{ fetching: saving }, save] = useMutation(SaveAssessmentMutation);
  const { outcome, fromError, setFields, clear } = useFormOutcome();
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [version, setVersion] = useState(0);
  const [sentIds, setSentIds] = useState<string[]>([]);

  useEffect(() => {
    const a = data?.assessment;
    if (!a) return;
    setVersion(a.version);
    setEntries(
      Object.fromEntries(
        a.criteria.map((c) => {
          const s = a.scores.find((x) => x.criterionId === c.id);
          return [c.id, { score: s ? String(s.score) : '', comment: s?.comment ?? '' }];
        }),
      ),
    );
    clear();
  }, [data, clear]);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.assessment) {
    return (
      <ErrorPanel
        title={errorCode(error) === 'NOT_FOUND' ? t('notFound') : t('loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        retryLabel={t('retry')}
      >
        {errorCode(error) !== 'NOT_FOUND' && errorMessage(error)}
      </ErrorPanel>
    );
  }
  const assessment = data.assessment;
  const criteria = [...assessment.criteria].sort((a, b) => a.position - b.position);
  const editable = assessment.status === 'DRAFT' && assessment.assessorId === user.id;
  const set = (id: string, patch: Partial<Entry>) =>
    setEntries((e) => ({ ...e, [id]: { ...(e[id] ?? { score: '', comment: '' }), ...patch } }));

  /** Server messages come as scores.<index>.<field> of what was sent; show them on that criterion. */
  function criterionError(id: string): string | undefined {
    const index = sentIds.indexOf(id);
    const at = (field: string) =>
      index >= 0 ? outcome.fields[`scores.${index}.${field}`] : undefined;
    return outcome.fields[`criterion:${id}`] ?? at('score') ?? at('criterionId');
  }
  const commentError = (id: string) => {
    const index = sentIds.indexOf(id);
    return index >= 0 ? outcome.fields[`scores.${index}.comment`] : undefined;
  };

  async function send(submit: boolean) {
    if (submit) {
      const missing = criteria.filter((c) => (entries[c.id]?.score ?? '') === '');
      if (missing.length) {
        return setFields(
          Object.fromEntries(missing.map((c) => [`criterion:${c.id}`, t('scoreRequired')])),
        );
      }
    }
    const scores = criteria
      .filter((c) => (entries[c.id]?.score ?? '') !== '')
      .map((c) => ({
        criterionId: c.id,
        score: Number(entries[c.id].score),
        comment: entries[c.id].comment.trim() || null,
      }));
    setSentIds(scores.map((x) => x.criterionId));
    const result = await save({ input: { id: assessment.id, version, scores, submit } });
    if (result.error) return fromError(result.error);
    clear();
    if (result.data) setVersion(result.data.saveAssessment.version);
    notify(t(submit ? 'submitted' : 'draftSaved'), 'success');
    if (submit) navigate(`${basePath}/${assessment.practice.id}/assessments`);
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void send(true);
  }

  return (
    <form className="lr-form" onSubmit={onSubmit} noValidate>
      <p>
        <Link to={`${basePath}/${assessment.practice.id}/assessments`}>
          {assessment.practice.title}
        </Link>
      </p>
      <h1>{t('assessmentTitle', { title: assessment.practice.title })}</h1>
      {!editable && (
        <p className="lr-notice" role="status">
          {assessment.status === 'SUBMITTED' ? t('assessmentFinal') : t('notYourAssessment')}
        </p>
      )}
      <FormBanner outcome={outcome} onReload={() => refetch({ requestPolicy: 'network-only' })} />
      {outcome.fields['scores'] && <ErrorPanel title={outcome.fields['scores']} />}
      {criteria.map((c) => {
        const entry = entries[c.id] ?? { score: '', comment: '' };
        return (
          <fieldset key={c.id} className="lr-card lr-criterion" disabled={!editable}>
            <legend>
              <strong>{c.name}</strong> ({t('weight')}: {c.weight})
            </legend>
            {c.description && <p className="lr-field__hint">{c.description}</p>}
            <div className="lr-form-grid">
              <SelectField
                label={t('scoreLabel', { criterion: c.name })}
                value={entry.score}
                onChange={(e) => set(c.id, { score: e.target.value })}
                placeholder={t('notScoredOption')}
                options={[0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
                error={criterionError(c.id)}
              />
            </div>
            <TextArea
              label={t('commentLabel', { criterion: c.name })}
              value={entry.comment}
              rows={2}
              onChange={(e) => set(c.id, { comment: e.target.value })}
              error={commentError(c.id)}
            />
          </fieldset>
        );
      })}
      {editable && (
        <div className="lr-form-actions">
          <Button onClick={() => void send(false)} busy={saving}>
            {t('saveDraft')}
          </Button>
          <Button type="submit" variant="primary" busy={saving}>
            {t('submit')}
          </Button>
        </div>
      )}
    </form>
  );
}
