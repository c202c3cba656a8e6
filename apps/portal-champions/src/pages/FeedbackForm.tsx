import { Button, FormBanner, FormSelect, TextArea, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { AddChampionFeedbackMutation, ChampionsRouteOptionsQuery } from '../graphql/operations';

const BLANK = { routeId: '', rating: '', sessionLabel: '', comment: '' };

/** A participant rates a champion's session on a route; the API says which ratings it takes. */
export function FeedbackForm({ championId, onSent }: { championId: string; onSent(): void }) {
  const { t } = useTranslation(['champions', 'common']);
  const { notify } = useSection();
  const [{ data: routes }] = useQuery({ query: ChampionsRouteOptionsQuery });
  const [, send] = useMutation(AddChampionFeedbackMutation);
  const form = useApiForm({
    defaultValues: BLANK,
    // One sentence for the three rules a rating breaks (not whole, below 1, above 5).
    messages: { rating: { isInt: t('ratingRange'), min: t('ratingRange'), max: t('ratingRange') } },
  });
  const required = { required: t('common:required') };

  const submit = form.submit(async (values) => {
    const result = await send({
      input: {
        championId,
        routeId: values.routeId,
        // 1 to 5 is the API's rule: its message goes next to the field.
        rating: Math.trunc(Number(values.rating)),
        sessionLabel: values.sessionLabel.trim() || undefined,
        comment: values.comment.trim() || undefined,
      },
    });
    if (result.error) return form.showApiError(result.error);
    form.reset();
    notify(t('feedbackSent'), 'success');
    onSent();
  });

  return (
    <form ref={form.formRef} className="lr-champions-subform" onSubmit={submit} noValidate aria-labelledby="feedback-form-heading">
      <h3 id="feedback-form-heading">{t('addFeedback')}</h3>
      <FormBanner form={form} />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="routeId"
          rules={required}
          label={t('route')}
          required
          placeholder={t('common:choose')}
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
          {...form.field('rating', { validate: (rating) => rating.trim() !== '' || t('common:required') })}
        />
        <TextField label={t('session')} hint={t('sessionHint')} {...form.field('sessionLabel')} />
      </div>
      <TextArea label={t('comment')} rows={3} {...form.field('comment')} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('sendFeedback')}
        </Button>
      </div>
    </form>
  );
}
