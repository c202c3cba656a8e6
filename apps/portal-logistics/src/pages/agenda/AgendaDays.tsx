import { errorCode } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, FormBanner, TextField, useApiForm } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import { dayLabel } from '../../components/times';
import { AddAgendaDayMutation, DeleteAgendaDayMutation, GenerateAgendaDaysMutation } from '../../graphql/operations';
import type { AgendaRoute, Day } from './agenda-types';
import { ActionName } from '../../components/ActionName';

/**
 * The days of the agenda, for editors: every day of the route's dates at once, or one day at a
 * time; an empty day can be removed (after confirming: its title goes with it).
 */
export function AgendaDays({ route, days, onChanged }: { route: AgendaRoute; days: readonly Day[]; onChanged(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { notify, language } = useSection();
  const format = useFormat();
  const [, generate] = useMutation(GenerateAgendaDaysMutation);
  const [, add] = useMutation(AddAgendaDayMutation);
  const [, remove] = useMutation(DeleteAgendaDayMutation);
  const [generating, setGenerating] = useState(false);
  const [toDelete, setToDelete] = useState<Day | null>(null);
  const [deleteError, setDeleteError] = useState<string>();
  const form = useApiForm<{ date: string }>({ defaultValues: { date: '' } });

  async function generateDays() {
    setGenerating(true);
    const result = await generate({ routeId: route.id });
    setGenerating(false);
    if (result.error) return notify(actionRefusal(result.error), 'error');
    notify(t('daysGenerated', { count: (result.data?.generateAgendaDays.length ?? 0) - days.length }), 'success');
    onChanged();
  }

  const addDay = form.submit(async ({ date }) => {
    const result = await add({ input: { routeId: route.id, date } });
    if (result.error) return form.showApiError(result.error);
    form.reset({ date: '' });
    notify(t('dayAdded', { day: dayLabel(date, language, 'long') }), 'success');
    onChanged();
  });

  async function deleteDay() {
    if (!toDelete) return;
    const result = await remove({ id: toDelete.id, version: toDelete.version });
    if (result.error) return setDeleteError(errorCode(result.error) === 'CONFLICT' ? t('dayNotEmpty') : actionRefusal(result.error));
    notify(t('dayDeleted', { day: dayLabel(toDelete.date, language, 'long') }), 'success');
    setToDelete(null);
    onChanged();
  }

  const empty = days.filter((d) => d.sessions.length === 0);
  return (
    <section className="lr-card" aria-labelledby="days-heading">
      <h2 id="days-heading">{t('daysTitle')}</h2>
      <p>
        {route.startDate && route.endDate
          ? t('routeDates', { dates: format.dateRange(route.startDate, route.endDate), count: days.length })
          : t('routeWithoutDates')}
      </p>
      {route.startDate && route.endDate && (
        <div className="lr-form-actions">
          <Button variant={days.length ? 'secondary' : 'primary'} busy={generating} onClick={generateDays}>
            {t('generateDays')}
          </Button>
        </div>
      )}
      <form ref={form.formRef} className="lr-logistics-inline-form" onSubmit={addDay} noValidate aria-labelledby="add-day-heading">
        <h3 id="add-day-heading" className="lr-visually-hidden">
          {t('addDay')}
        </h3>
        <FormBanner form={form} />
        <TextField
          label={t('dayDate')}
          type="date"
          min={route.startDate ?? undefined}
          max={route.endDate ?? undefined}
          required
          {...form.field('date', { required: t('dayDateRequired') })}
        />
        <div className="lr-form-actions">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t('addDay')}
          </Button>
        </div>
      </form>
      {empty.length > 0 && (
        <>
          <h3>{t('emptyDays')}</h3>
          <ul className="lr-logistics-plain-list">
            {empty.map((d) => (
              <li key={d.id}>
                {dayLabel(d.date, language, 'long')}{' '}
                <Button variant="link" onClick={() => (setDeleteError(undefined), setToDelete(d))}>
                  <ActionName action={t('deleteDay')} target={dayLabel(d.date, language, 'long')} />
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={!!toDelete}
        title={t('confirmDeleteDay')}
        confirmLabel={t('deleteDay')}
        danger
        error={deleteError}
        onConfirm={deleteDay}
        onCancel={() => setToDelete(null)}
      >
        <p>{toDelete ? t('confirmDeleteDayText', { day: dayLabel(toDelete.date, language, 'long') }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
