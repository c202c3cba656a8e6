import { useCountries } from '@lr/portal-graphql';
import {
  Button,
  ErrorPanel,
  FormBanner,
  FormCheckboxGroup,
  FormSelect,
  PageHeader,
  PersonPicker,
  RequireEdit,
  Skeleton,
  TextArea,
  TextField,
  useApiForm,
} from '@lr/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { KINDS } from '../components/labels';
import { isRouteClosed } from '../components/refusals';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { DelegationEditQuery as DelegationEditResult, DelegationKind } from '../graphql/generated/graphql';
import { CreateDelegationMutation, DelegationEditQuery, DelegationOrganisationOptionsQuery, UpdateDelegationMutation } from '../graphql/operations';

interface DelegationValues {
  name: string;
  kind: DelegationKind | '';
  countryCode: string;
  headPersonId: string;
  organisationIds: string[];
  notes: string;
}

const BLANK: DelegationValues = { name: '', kind: '', countryCode: '', headPersonId: '', organisationIds: [], notes: '' };

function valuesOf(d: NonNullable<DelegationEditResult['delegation']>): DelegationValues {
  return {
    name: d.name,
    kind: d.kind,
    countryCode: d.countryCode ?? '',
    headPersonId: d.headPersonId ?? '',
    organisationIds: d.organisations.map((o) => o.id),
    notes: d.notes ?? '',
  };
}

/** Create (no id, on the chosen route) or edit (id) a delegation, for those who may. */
export function DelegationFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['delegations', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={id ? t('editDelegation') : t('newDelegation')} back={{ label: t('delegationsTitle'), to: id ? `${basePath}/${id}` : basePath }}>
      <DelegationForm id={id} />
    </RequireEdit>
  );
}

function DelegationForm({ id }: { id?: string }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const { routeId: chosenRoute, choose } = useChosenRoute();
  const form = useApiForm<DelegationValues>({ defaultValues: BLANK });
  const [{ data, fetching, error }, reload] = useQuery({
    query: DelegationEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [{ data: organisations }] = useQuery({ query: DelegationOrganisationOptionsQuery });
  const countries = useCountries(language);
  const [, create] = useMutation(CreateDelegationMutation);
  const [, update] = useMutation(UpdateDelegationMutation);
  const { reset } = form;
  useEffect(() => {
    if (data?.delegation) reset(valuesOf(data.delegation));
  }, [data, reset]);
  const kind = form.watch('kind');

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.delegation))) return <ErrorPanel title={t('common:notFound')} />;
  const delegation = data?.delegation;
  const routeId = delegation?.route?.id ?? chosenRoute;
  const back = id ? `${basePath}/${id}` : `${basePath}?route=${routeId}`;

  const save = form.submit(async (values) => {
    const common = {
      name: values.name.trim(),
      kind: values.kind as DelegationKind,
      organisationIds: values.organisationIds,
    };
    if (id && delegation) {
      const result = await update({
        input: {
          ...common,
          id,
          version: delegation.version,
          countryCode: values.countryCode || null,
          headPersonId: values.headPersonId || null,
          notes: values.notes.trim() || null,
        },
      });
      if (isRouteClosed(result.error)) return notify(t('routeClosed'), 'error');
      if (result.error) return form.showApiError(result.error);
      notify(t('common:saved'), 'success');
      navigate(back);
      return;
    }
    if (!routeId) return;
    const result = await create({
      input: {
        ...common,
        routeId,
        countryCode: values.countryCode || undefined,
        headPersonId: values.headPersonId || undefined,
        notes: values.notes.trim() || undefined,
      },
    });
    if (isRouteClosed(result.error)) return notify(t('routeClosed'), 'error');
    if (result.error || !result.data) return result.error && form.showApiError(result.error);
    notify(t('common:created'), 'success');
    navigate(`${basePath}/${result.data.createDelegation.id}`);
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader
        title={id ? t('editDelegation') : t('newDelegation')}
        breadcrumbs={delegation ? [{ label: delegation.name, to: back }] : []}
      />
      <FormBanner form={form} onReload={() => reload({ requestPolicy: 'network-only' })} />
      {id ? (
        delegation?.route && <p>{t('onRoute', { route: delegation.route.title })}</p>
      ) : (
        <div className="lr-form-grid">
          <RoutePicker routeId={chosenRoute} onChange={choose} />
        </div>
      )}
      {!id && !routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : (
        <>
          <div className="lr-form-grid">
            <TextField
              label={t('name')}
              hint={t('nameHint')}
              required
              {...form.field('name', { validate: (v) => v.trim() !== '' || t('nameRequired') })}
            />
            <FormSelect
              form={form}
              name="kind"
              rules={{ required: t('kindRequired') }}
              label={t('kind')}
              required
              placeholder={t('common:choose')}
              options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            />
            <FormSelect
              form={form}
              name="countryCode"
              rules={{ validate: (code, values) => values.kind !== 'NATIONAL_TEAM' || code !== '' || t('countryRequired') }}
              label={t('country')}
              hint={t('countryHint')}
              required={kind === 'NATIONAL_TEAM'}
              placeholder={t('common:choose')}
              options={countries.map((c) => ({ value: c.code, label: c.name }))}
            />
          </div>
          <div className="lr-card">
            <PersonPicker
              form={form}
              name="headPersonId"
              label={t('head')}
              searchLabel={t('findHead')}
              hint={t('headHint')}
              chosenLabel={delegation?.headPerson?.fullName}
            />
          </div>
          {kind !== 'NATIONAL_TEAM' && (
            <FormCheckboxGroup
              form={form}
              name="organisationIds"
              legend={t('organisations')}
              options={
                organisations?.organisations.edges.map((o) => ({
                  value: o.node.id,
                  label: o.node.acronym ? `${o.node.name} (${o.node.acronym})` : o.node.name,
                })) ?? []
              }
            />
          )}
          <TextArea label={t('notes')} rows={3} {...form.field('notes')} />
          <div className="lr-form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              {id ? t('common:save') : t('common:create')}
            </Button>
            <Link className="lr-button" to={back}>
              {t('common:cancel')}
            </Link>
          </div>
        </>
      )}
    </form>
  );
}
