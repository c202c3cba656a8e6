import { Button, CheckboxField, ErrorPanel, FormBanner, FormSelect, PageHeader, RequireEdit, Skeleton, useApiForm, type ApiForm } from '@lr/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ApplicationFields, applicationInput, applicationValuesOf, type ApplicationValues } from '../components/ApplicationFields';
import { SECTORS } from '../components/labels';
import { isRouteClosed } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { ParticipantEditQuery as EditResult, Sector } from '../graphql/generated/graphql';
import { DelegationOptionsQuery, ParticipantEditQuery, UpdateParticipantMutation } from '../graphql/operations';

interface ParticipantValues extends ApplicationValues {
  sector: Sector;
  delegationId: string;
  blogger: boolean;
}

function valuesOf(p: NonNullable<EditResult['participant']>): ParticipantValues {
  return { ...applicationValuesOf(p), sector: p.sector, delegationId: p.delegation?.id ?? '', blogger: p.roles.includes('BLOGGER') };
}

/** An editor changes a participant's application, sector, delegation and route role. */
export function ParticipantFormPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['delegations', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={t('editApplication')} back={{ label: t('participantsTitle'), to: `${basePath}/participants/${id}` }}>
      <ParticipantForm id={id} />
    </RequireEdit>
  );
}

function ParticipantForm({ id }: { id: string }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { notify, basePath } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<ParticipantValues>({ defaultValues: { ...applicationValuesOf({}), sector: 'GOVERNMENT', delegationId: '', blogger: false } });
  const [{ data, fetching, error }, reload] = useQuery({ query: ParticipantEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const routeId = data?.participant?.route?.id ?? '';
  const [{ data: delegations }] = useQuery({ query: DelegationOptionsQuery, variables: { routeId }, pause: !routeId });
  const [, update] = useMutation(UpdateParticipantMutation);
  const { reset } = form;
  useEffect(() => {
    if (data?.participant) reset(valuesOf(data.participant));
  }, [data, reset]);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.participant) return <ErrorPanel title={t('common:notFound')} />;
  const participant = data.participant;
  const back = `${basePath}/participants/${id}`;
  const selected = participant.status === 'SELECTED';

  const save = form.submit(async (values) => {
    const result = await update({
      input: {
        id,
        version: participant.version,
        ...applicationInput(values),
        sector: values.sector,
        delegationId: values.delegationId !== participant.delegation?.id ? values.delegationId : undefined,
        roles: values.blogger ? ['BLOGGER'] : [],
      },
    });
    if (isRouteClosed(result.error)) return notify(t('routeClosed'), 'error');
    if (result.error) return form.showApiError(result.error);
    notify(t('common:saved'), 'success');
    navigate(back);
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader
        title={t('editApplication')}
        breadcrumbs={[
          { label: t('participantsTitle'), to: `${basePath}/participants` },
          { label: participant.person?.fullName ?? id, to: back },
        ]}
      />
      <FormBanner form={form} onReload={() => reload({ requestPolicy: 'network-only' })} />
      <div className="lr-form-grid">
        <FormSelect form={form} name="sector" label={t('sector')} required options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))} />
        <FormSelect
          form={form}
          name="delegationId"
          label={t('delegation')}
          hint={selected ? t('delegationLockedHint') : t('delegationMoveHint')}
          disabled={selected}
          options={delegations?.delegations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        />
      </div>
      <CheckboxField label={t('blogger')} hint={t('bloggerHint')} {...form.field('blogger')} />
      {/* The application's fields are the same for the participant's own form. */}
      <ApplicationFields form={form as unknown as ApiForm<ApplicationValues>} />
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
