import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ErrorPanel, FormBanner, PageHeader, SelectField, Skeleton, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ApplicationFields, applicationInput, applicationValuesOf, type ApplicationValues } from '../components/ApplicationFields';
import { ConsentChecklist, ConsentsForm } from '../components/Consents';
import { StatusBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import type { MyParticipationsQuery as MineResult } from '../graphql/generated/graphql';
import { MyParticipationsQuery, RecordMyConsentsMutation, UpdateMyParticipationMutation } from '../graphql/operations';

type Participation = MineResult['myParticipations'][number];

/**
 * What a participant sees of the section: their route, their delegation and its members, and
 * their own application and consents, which they edit themselves.
 */
export function MyParticipationPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyParticipationsQuery, requestPolicy: 'cache-and-network' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const mine = data?.myParticipations ?? [];
  const chosen = mine.find((p) => p.id === params.get('p')) ?? mine[0];

  return (
    <>
      <PageHeader title={t('myTitle')} />
      {fetching && !data ? (
        <Skeleton width="60%" />
      ) : error ? (
        <ErrorPanel title={t('myFailed')} onRetry={reload}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : !chosen ? (
        <div className="lr-empty">
          <p>{t('noParticipation')}</p>
          <p>{t('noParticipationHint')}</p>
        </div>
      ) : (
        <>
          {mine.length > 1 && (
            <div className="lr-filterbar">
              <SelectField
                label={t('route')}
                value={chosen.id}
                onChange={(e) => setParams({ p: e.target.value })}
                options={mine.map((p) => ({ value: p.id, label: p.route?.title ?? p.id }))}
              />
            </div>
          )}
          <ParticipationView key={`${chosen.id}-${chosen.version}`} participation={chosen} onChanged={reload} />
        </>
      )}
    </>
  );
}

function ParticipationView({ participation: p, onChanged }: { participation: Participation; onChanged(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const [, recordConsents] = useMutation(RecordMyConsentsMutation);
  const others = p.delegation?.participants.filter((x) => x.id !== p.id) ?? [];

  return (
    <>
      <section className="lr-card" aria-labelledby="my-route-heading">
        <h2 id="my-route-heading">{t('myRoute')}</h2>
        <dl className="lr-details">
          <dt>{t('route')}</dt>
          <dd>{p.route?.title ?? '—'}</dd>
          <dt>{t('dates')}</dt>
          <dd>{format.dateRange(p.route?.startDate, p.route?.endDate)}</dd>
          <dt>{t('hostCountry')}</dt>
          <dd>{p.route?.hostCountry.name ?? '—'}</dd>
          <dt>{t('routePhase')}</dt>
          <dd>{p.route ? t(`phases.${p.route.phase}`) : '—'}</dd>
          <dt>{t('myStatus')}</dt>
          <dd>
            <StatusBadge status={p.status} /> <span className="lr-delegations-muted">{t(`statusMeaning.${p.status}`)}</span>
          </dd>
          <dt>{t('arrival')}</dt>
          <dd>{p.checkedInAt ? t('checkedInAt', { at: format.dateTime(p.checkedInAt) }) : t('notArrived')}</dd>
        </dl>
      </section>

      <section className="lr-card" aria-labelledby="my-delegation-heading">
        <h2 id="my-delegation-heading">{p.delegation ? t('myDelegationNamed', { name: p.delegation.name }) : t('myDelegation')}</h2>
        {p.delegation && (
          <p>
            {t(`kinds.${p.delegation.kind}`)}
            {p.delegation.country && <> · {p.delegation.country.name}</>}
          </p>
        )}
        {others.length === 0 ? (
          <p>{t('noFellowMembers')}</p>
        ) : (
          <ul className="lr-delegations-list" aria-label={t('fellowMembers')}>
            {others.map((o) => (
              <li key={o.id}>
                {o.person?.fullName ?? '—'} <span className="lr-delegations-muted">({t(`sectors.${o.sector}`)})</span> <StatusBadge status={o.status} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <MyApplicationForm participation={p} onSaved={onChanged} />

      <section className="lr-card" aria-labelledby="my-consents-heading">
        <h2 id="my-consents-heading">{t('myConsents')}</h2>
        <ConsentChecklist consents={p.consents} />
        <ConsentsForm
          self
          consents={p.consents ?? []}
          record={async (consents) => {
            const result = await recordConsents({ input: { participantId: p.id, version: p.version, consents } });
            if (!result.error) notify(t('consentsSaved'), 'success');
            return result.error;
          }}
          onRecorded={onChanged}
          onReload={onChanged}
        />
      </section>
    </>
  );
}

/** The participant's own application: what they write, saved at the version they read. */
function MyApplicationForm({ participation: p, onSaved }: { participation: Participation; onSaved(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { notify } = useSection();
  const [, update] = useMutation(UpdateMyParticipationMutation);
  const form = useApiForm<ApplicationValues>({ defaultValues: applicationValuesOf(p) });

  const save = form.submit(async (values) => {
    const result = await update({ input: { id: p.id, version: p.version, ...applicationInput(values) } });
    if (result.error) return form.showApiError(result.error);
    form.reset(values);
    notify(t('applicationSaved'), 'success');
    onSaved();
  });

  return (
    <form ref={form.formRef} className="lr-card" onSubmit={save} noValidate aria-labelledby="my-application-heading">
      <h2 id="my-application-heading">{t('myApplication')}</h2>
      <p className="lr-field__hint">{t('myApplicationHint')}</p>
      <FormBanner form={form} onReload={onSaved} />
      <ApplicationFields form={form} self />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('saveApplication')}
        </Button>
      </div>
    </form>
  );
}
