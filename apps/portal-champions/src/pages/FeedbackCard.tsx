import { errorMessage } from '@lr/portal-graphql';
import { Button, ConnectionView, SelectField, TextArea, TextField, useCursorPages } from '@lr/portal-ui';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { Rating } from '../components/labels';
import { PAGE_SIZE, useListLabels } from '../components/list-labels';
import { useSection } from '../components/section-context';
import { AddChampionFeedbackMutation, ChampionFeedbackListQuery, ChampionsRouteOptionsQuery } from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';

/** Who may rate a champion (the API allows admins and these roles). */
const MAY_LEAVE_FEEDBACK = ['ADMIN', 'EDITOR', 'REVIEWER', 'PARTICIPANT'];

/** Participants' ratings of a champion's sessions, newest first, and the form to add one. */
export function FeedbackCard({ champion, onChanged }: { champion: ChampionDetail; onChanged(): void }) {
  const { t, language, user } = useSection();
  const labels = useListLabels();
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ChampionFeedbackListQuery,
    variables: { championId: champion.id, first: PAGE_SIZE, after: pages.after },
  });
  const mayLeaveFeedback = MAY_LEAVE_FEEDBACK.includes(user.role);

  return (
    <section className="lr-card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback')}</h2>
      <p>
        {t('averageRating')}: <Rating value={champion.averageRating} count={champion.feedbackCount} />
      </p>
      <ConnectionView
        connection={data?.championFeedback}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        labels={labels}
        caption={t('feedback')}
        rowKey={(f) => f.id}
        empty={<p>{t('noFeedback')}</p>}
        columns={[
          { key: 'date', header: t('date'), render: (f) => new Date(f.createdAt).toLocaleDateString(language, { dateStyle: 'medium' }) },
          { key: 'route', header: t('route'), render: (f) => f.route?.title ?? '—' },
          { key: 'session', header: t('session'), render: (f) => f.sessionLabel ?? '—' },
          { key: 'rating', header: t('rating'), render: (f) => <Rating value={f.rating} /> },
          { key: 'comment', header: t('comment'), render: (f) => f.comment ?? '—' },
        ]}
      />
      {mayLeaveFeedback && (
        <FeedbackForm
          championId={champion.id}
          onDone={() => {
            pages.reset();
            refetch({ requestPolicy: 'network-only' });
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function FeedbackForm({ championId, onDone }: { championId: string; onDone(): void }) {
  const { t, notify } = useSection();
  const [{ data: routes }] = useQuery({ query: ChampionsRouteOptionsQuery });
  const [{ fetching: sending }, send] = useMutation(AddChampionFeedbackMutation);
  const { outcome, fromError, setFields, clear } = useFormOutcome();
  const blank = { routeId: '', rating: '', sessionLabel: '', comment: '' };
  const [values, setValues] = useState(blank);
  const set = (key: keyof typeof blank, value: string) => setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => outcome.fields[path];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.routeId) missing['routeId'] = `${t('route')} ${t('required')}`;
    if (!values.rating.trim()) missing['rating'] = `${t('rating')} ${t('required')}`;
    if (Object.keys(missing).length) return setFields(missing);
    // The API says which ratings it takes (1 to 5): its message goes next to the field.
    const result = await send({
      input: {
        championId,
        routeId: values.routeId,
        rating: Math.trunc(Number(values.rating)),
        sessionLabel: values.sessionLabel.trim() || undefined,
        comment: values.comment.trim() || undefined,
      },
    });
    if (result.error) return fromError(result.error);
    clear();
    setValues(blank);
    notify(t('feedbackSent'), 'success');
    onDone();
  }

  return (
    <form className="lr-champions-subform" onSubmit={submit} noValidate aria-labelledby="feedback-form-heading">
      <h3 id="feedback-form-heading">{t('addFeedback')}</h3>
      <FormBanner outcome={outcome} onReload={onDone} />
      <div className="lr-form-grid">
        <SelectField
          label={t('route')}
          required
          value={values.routeId}
          onChange={(e) => set('routeId', e.target.value)}
          placeholder={t('choose')}
          error={err('routeId')}
          options={routes?.routes.edges.map((r) => ({ value: r.node.id, label: r.node.title })) ?? []}
        />
        <TextField
          label={t('ratingLabel')}
          hint={t('ratingHint')}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={5}
          step={1}
          value={values.rating}
          onChange={(e) => set('rating', e.target.value)}
          error={err('rating')}
        />
        <TextField
          label={t('session')}
          hint={t('sessionHint')}
          value={values.sessionLabel}
          onChange={(e) => set('sessionLabel', e.target.value)}
          error={err('sessionLabel')}
        />
      </div>
      <TextArea label={t('comment')} rows={3} value={values.comment} onChange={(e) => set('comment', e.target.value)} error={err('comment')} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={sending}>
          {t('sendFeedback')}
        </Button>
      </div>
    </form>
  );
}
