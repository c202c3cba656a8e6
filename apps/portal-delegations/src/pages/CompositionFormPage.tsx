import { errorMessage } from '@lr/portal-graphql';
import { Button, ErrorPanel, FormBanner, FormSelect, PageHeader, RequireEdit, Skeleton, TextField, useApiForm } from '@lr/portal-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ROUTE_KINDS } from '../components/labels';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { RouteCompositionQuery as CompositionResult, RouteKind } from '../graphql/generated/graphql';
import { RouteCompositionQuery, SetRouteCompositionMutation } from '../graphql/operations';

/** The targets, each typed as text in the form and sent as a whole number. */
const NUMBERS = [
  'maxPeople',
  'nationalTeams',
  'teamSize',
  'minGovernmentPerTeam',
  'maxPerStakeholderGroup',
  'minParticipants',
  'maxParticipants',
  'minAlliances',
  'maxGenderSharePercent',
] as const;
type NumberKey = (typeof NUMBERS)[number];

/** Which targets apply to which kind of route (the others keep their values). */
const FOR_KIND: Record<RouteKind, readonly NumberKey[]> = {
  NATIONAL_TEAMS: ['maxPeople', 'nationalTeams', 'teamSize', 'minGovernmentPerTeam', 'maxPerStakeholderGroup', 'maxGenderSharePercent'],
  CIVIL_SOCIETY: ['maxPeople', 'minParticipants', 'maxParticipants', 'minAlliances', 'maxPerStakeholderGroup', 'maxGenderSharePercent'],
};

type TargetValues = { routeKind: RouteKind } & Record<NumberKey, string>;
type Settings = CompositionResult['routeComposition']['settings'];

function valuesOf(s: Settings): TargetValues {
  return { routeKind: s.routeKind, ...(Object.fromEntries(NUMBERS.map((k) => [k, String(s[k])])) as Record<NumberKey, string>) };
}

/** The route's composition targets, for those who may change them. */
export function CompositionFormPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={t('targetsTitle')} back={{ label: t('delegationsTitle'), to: basePath }}>
      <CompositionTargets />
    </RequireEdit>
  );
}

function CompositionTargets() {
  const { t } = useTranslation(['delegations', 'common']);
  const { routeId, choose } = useChosenRoute();
  return (
    <>
      <PageHeader title={t('targetsTitle')} breadcrumbs={[]} />
      <p>{t('targetsIntro')}</p>
      <div className="lr-filterbar lr-delegations-routebar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {routeId ? <TargetsForm key={routeId} routeId={routeId} /> : <p className="lr-empty">{t('noRouteChosen')}</p>}
    </>
  );
}

function TargetsForm({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { notify, basePath } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useQuery({ query: RouteCompositionQuery, variables: { routeId }, requestPolicy: 'network-only' });
  const [, save] = useMutation(SetRouteCompositionMutation);
  const form = useApiForm<TargetValues>({ defaultValues: { routeKind: 'NATIONAL_TEAMS', ...(Object.fromEntries(NUMBERS.map((k) => [k, ''])) as Record<NumberKey, string>) } });
  const { reset } = form;
  // Filled once per stored version: a second answer for the same targets (the page may ask twice
  // as it opens) must not undo what was typed meanwhile.
  const filledFrom = useRef<string>(undefined);
  useEffect(() => {
    const settings = data?.routeComposition.settings;
    const version = settings && `${settings.id}:${settings.version}`;
    if (!settings || version === filledFrom.current) return;
    filledFrom.current = version;
    reset(valuesOf(settings));
  }, [data, reset]);
  const kind = form.watch('routeKind');

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('compositionFailed')} onRetry={() => reload({ requestPolicy: 'network-only' })}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const back = `${basePath}?route=${routeId}`;
  const wholeNumber = { validate: (v: string) => /^\d+$/.test(v.trim()) || t('wholeNumber') };

  const submit = form.submit(async (values) => {
    const numbers = Object.fromEntries(NUMBERS.map((k) => [k, Number(values[k].trim())])) as Record<NumberKey, number>;
    const result = await save({ input: { routeId, version: data.routeComposition.settings.version, routeKind: values.routeKind, ...numbers } });
    if (result.error) return form.showApiError(result.error);
    notify(t('targetsSaved'), 'success');
    navigate(back);
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={submit} noValidate aria-labelledby="targets-heading">
      <h2 id="targets-heading">{t('targetsOf')}</h2>
      <FormBanner form={form} onReload={() => reload({ requestPolicy: 'network-only' })} />
      {data.routeComposition.isDefault && <p className="lr-notice">{t('targetsAreDefault')}</p>}
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="routeKind"
          label={t('routeKind')}
          hint={t('routeKindHint')}
          options={ROUTE_KINDS.map((k) => ({ value: k, label: t(`routeKinds.${k}`) }))}
        />
      </div>
      <div className="lr-form-grid">
        {FOR_KIND[kind].map((key) => (
          <TextField
            key={key}
            label={t(`targets.${key}`)}
            hint={t(`targetHints.${key}`)}
            required
            inputMode="numeric"
            {...form.field(key, wholeNumber)}
          />
        ))}
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common:save')}
        </Button>
        <Link className="lr-button" to={back}>
          {t('common:cancel')}
        </Link>
      </div>
    </form>
  );
}
