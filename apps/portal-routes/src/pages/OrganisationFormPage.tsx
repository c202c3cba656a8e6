import { useCountries } from '@lr/portal-graphql';
import { Button, FormBanner, FormSelect, PageHeader, RequireEdit, TextField, useApiForm, useRecordToEdit } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { useSection } from '../components/section-context';
import type { OrganisationEditQuery, OrganisationType } from '../graphql/generated/graphql';
import { CreateOrganisationMutation, OrganisationEditQuery as OrganisationEdit, UpdateOrganisationMutation } from '../graphql/operations';
import { ORGANISATION_TYPES } from './OrganisationsListPage';

interface OrganisationFormValues {
  name: string;
  acronym: string;
  type: OrganisationType | '';
  countryCode: string;
  website: string;
}

const BLANK: OrganisationFormValues = { name: '', acronym: '', type: '', countryCode: '', website: '' };

function valuesOf(o: NonNullable<OrganisationEditQuery['organisation']>): OrganisationFormValues {
  return { name: o.name, acronym: o.acronym ?? '', type: o.type, countryCode: o.countryCode ?? '', website: o.website ?? '' };
}

/** Create (no id) or edit (id): the form for those who may, a notice for the others. */
export function OrganisationFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['routes', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={id ? t('editOrganisation') : t('createOrganisation')} back={{ label: t('organisationsTitle'), to: `${basePath}/organisations` }}>
      <OrganisationForm id={id} />
    </RequireEdit>
  );
}

function OrganisationForm({ id }: { id?: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const { language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<OrganisationFormValues>({ defaultValues: BLANK });
  const edited = useRecordToEdit({ id, query: OrganisationEdit, record: (d) => d.organisation, valuesOf, form });
  const countries = useCountries(language);
  const [, create] = useMutation(CreateOrganisationMutation);
  const [, update] = useMutation(UpdateOrganisationMutation);

  if (edited.placeholder) return edited.placeholder;
  const back = `${basePath}/organisations`;
  const required = { required: t('common:required') };

  const save = form.submit(async (values) => {
    // The type's rule below makes sure it is chosen.
    const type = values.type as OrganisationType;
    const result = id
      ? await update({
          input: {
            id,
            version: edited.record?.version ?? 0,
            name: values.name,
            acronym: values.acronym || null,
            type,
            countryCode: values.countryCode || null,
            website: values.website || null,
          },
        })
      : await create({
          input: {
            name: values.name,
            acronym: values.acronym || undefined,
            type,
            countryCode: values.countryCode || undefined,
            website: values.website || undefined,
          },
        });
    if (result.error) return form.showApiError(result.error);
    notify(t(id ? 'common:saved' : 'common:created'), 'success');
    navigate(back);
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader title={id ? t('editOrganisation') : t('createOrganisation')} breadcrumbs={[{ label: t('organisationsTitle'), to: back }]} />
      <FormBanner form={form} onReload={edited.reload} />
      <div className="lr-form-grid">
        <TextField label={t('name')} required {...form.field('name', { ...required, minLength: { value: 2, message: t('common:validation.minLength', { limit: 2 }) } })} />
        <TextField label={t('acronym')} {...form.field('acronym')} />
        <FormSelect
          form={form}
          name="type"
          rules={required}
          label={t('type')}
          required
          placeholder={t('common:choose')}
          options={ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`organisationTypes.${o}`) }))}
        />
        <FormSelect
          form={form}
          name="countryCode"
          label={t('country')}
          placeholder={t('common:choose')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <TextField label={t('website')} type="url" {...form.field('website')} />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {id ? t('common:save') : t('common:create')}
        </Button>
        <Link className="lr-button" to={back}>
          {t('common:cancel')}
        </Link>
      </div>
    </form>
  );
}
