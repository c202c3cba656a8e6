import { errorMessage } from '@lr/portal-graphql';
import { Button, ErrorPanel, FormBanner, FormSelect, PageHeader, RequireEdit, Skeleton, TextField, useApiForm } from '@lr/portal-ui';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useChosenRoute } from '../../components/route-choice';
import { RouteBar } from '../../components/RoutePicker';
import { useSection } from '../../components/section-context';
import { timeZones } from '../../components/times';
import { RouteLogisticsQuery, UpdateRouteLogisticsMutation } from '../../graphql/operations';

interface SettingsValues {
  timeZone: string;
  capitalCity: string;
}

/** A route's logistics settings: the time zone its agenda is written in, and the host capital. */
export function SettingsPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={t('settingsTitle')} back={{ label: t('navAgenda'), to: basePath }}>
      <SettingsForm />
    </RequireEdit>
  );
}

function SettingsForm() {
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath, notify } = useSection();
  const { routeId, choose } = useChosenRoute();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteLogisticsQuery, variables: { routeId }, pause: !routeId, requestPolicy: 'network-only' });
  const [, update] = useMutation(UpdateRouteLogisticsMutation);
  const form = useApiForm<SettingsValues>({ defaultValues: { timeZone: '', capitalCity: '' } });
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z.replace(/_/g, ' ') })), []);
  const settings = routeId ? data?.routeLogistics : undefined;
  const { reset } = form;
  useEffect(() => {
    if (settings) reset({ timeZone: settings.timeZone, capitalCity: settings.capitalCity ?? '' });
  }, [settings, reset]);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const save = form.submit(async (values) => {
    if (!settings) return;
    const result = await update({ input: { routeId, version: settings.version, timeZone: values.timeZone, capitalCity: values.capitalCity.trim() || null } });
    if (result.error) return form.showApiError(result.error);
    notify(t('common:saved'), 'success');
    reload();
  });

  return (
    <>
      <PageHeader title={t('settingsTitle')} breadcrumbs={[{ label: t('navAgenda'), to: routeId ? `${basePath}?route=${routeId}` : basePath }]} />
      <RouteBar routeId={routeId} onChange={choose} />
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : error ? (
        <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : fetching && !settings ? (
        <Skeleton width="50%" />
      ) : (
        <form ref={form.formRef} className="lr-form lr-card" onSubmit={save} noValidate aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('settingsOfRoute')}</h2>
          <FormBanner form={form} onReload={reload} />
          <FormSelect
            form={form}
            name="timeZone"
            rules={{ required: t('timeZoneRequired') }}
            label={t('timeZone')}
            hint={t('timeZoneHint')}
            required
            options={zones}
          />
          <TextField label={t('capitalCity')} hint={t('capitalCityHint')} {...form.field('capitalCity')} />
          <div className="lr-form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {t('common:save')}
            </Button>
            <Link className="lr-button" to={`${basePath}?route=${routeId}`}>
              {t('common:cancel')}
            </Link>
          </div>
        </form>
      )}
    </>
  );
}
