import { useCountries } from '@lr/portal-graphql';
import { Button, CheckboxField, FormBanner, FormSelect, PageHeader, RequireEdit, TextField, useApiForm, useRecordToEdit } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { Gender, PersonEditQuery } from '../graphql/generated/graphql';
import { CreatePersonMutation, OrganisationOptionsQuery, PersonEditQuery as PersonEdit, UpdatePersonMutation } from '../graphql/operations';

const GENDERS: Gender[] = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'];

interface PersonFormValues {
  givenName: string;
  familyName: string;
  organisationId: string;
  countryCode: string;
  gender: Gender;
  /** ISO 639-1 codes as typed, separated by commas. */
  languages: string;
  position: string;
  email: string;
  phone: string;
  contactConsent: boolean;
}

const BLANK: PersonFormValues = {
  givenName: '',
  familyName: '',
  organisationId: '',
  countryCode: '',
  gender: 'UNDISCLOSED',
  languages: '',
  position: '',
  email: '',
  phone: '',
  contactConsent: false,
};

function valuesOf(p: NonNullable<PersonEditQuery['person']>): PersonFormValues {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    organisationId: p.organisationId ?? '',
    countryCode: p.countryCode ?? '',
    gender: p.gender,
    languages: p.languages.join(', '),
    position: p.position ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    contactConsent: p.contactConsent,
  };
}

/** Create (no id) or edit (id): the form for those who may, a notice for the others. */
export function PersonFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['routes', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={id ? t('editPerson') : t('createPerson')} back={{ label: t('peopleTitle'), to: `${basePath}/people` }}>
      <PersonForm id={id} />
    </RequireEdit>
  );
}

function PersonForm({ id }: { id?: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const { language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<PersonFormValues>({
    defaultValues: BLANK,
    // The API's rules name the format; these say it the way the form asks for it.
    messages: { languages: { matches: t('languagesFormat') }, phone: { matches: t('phoneFormat') } },
  });
  const edited = useRecordToEdit({ id, query: PersonEdit, record: (d) => d.person, valuesOf, form });
  const [{ data: orgs }] = useQuery({ query: OrganisationOptionsQuery });
  const countries = useCountries(language);
  const [, create] = useMutation(CreatePersonMutation);
  const [, update] = useMutation(UpdatePersonMutation);

  if (edited.placeholder) return edited.placeholder;
  const back = `${basePath}/people`;
  const required = { required: t('common:required') };

  const save = form.submit(async (values) => {
    const languages = values.languages
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const loaded = form.formState.defaultValues;
    const changed = (field: 'email' | 'phone') => values[field] !== (loaded?.[field] ?? '');
    const result = id
      ? await update({
          input: {
            id,
            version: edited.record?.version ?? 0,
            givenName: values.givenName,
            familyName: values.familyName,
            organisationId: values.organisationId || null,
            countryCode: values.countryCode || null,
            gender: values.gender,
            languages,
            position: values.position || null,
            // Contact details hidden from this user (no consent) come back empty: they are sent
            // only when edited, so saving the rest never erases them.
            email: changed('email') ? values.email || null : undefined,
            phone: changed('phone') ? values.phone || null : undefined,
            contactConsent: values.contactConsent,
          },
        })
      : await create({
          input: {
            givenName: values.givenName,
            familyName: values.familyName,
            organisationId: values.organisationId || undefined,
            countryCode: values.countryCode || undefined,
            gender: values.gender,
            languages,
            position: values.position || undefined,
            email: values.email || undefined,
            phone: values.phone || undefined,
            contactConsent: values.contactConsent,
          },
        });
    if (result.error) return form.showApiError(result.error);
    notify(t(id ? 'common:saved' : 'common:created'), 'success');
    navigate(back);
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader title={id ? t('editPerson') : t('createPerson')} breadcrumbs={[{ label: t('peopleTitle'), to: back }]} />
      <FormBanner form={form} onReload={edited.reload} />
      <div className="lr-form-grid">
        <TextField label={t('givenName')} required {...form.field('givenName', required)} />
        <TextField label={t('familyName')} required {...form.field('familyName', required)} />
        <FormSelect
          form={form}
          name="organisationId"
          label={t('organisation')}
          placeholder={t('common:choose')}
          options={
            orgs?.organisations.edges.map((o) => ({
              value: o.node.id,
              label: o.node.acronym ? `${o.node.name} (${o.node.acronym})` : o.node.name,
            })) ?? []
          }
        />
        <FormSelect
          form={form}
          name="countryCode"
          label={t('country')}
          placeholder={t('common:choose')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <FormSelect form={form} name="gender" label={t('gender')} options={GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }))} />
        <TextField label={t('position')} {...form.field('position')} />
        <TextField label={t('common:email')} type="email" {...form.field('email')} />
        <TextField label={t('phone')} type="tel" {...form.field('phone')} />
        <CheckboxField label={t('contactConsent')} hint={t('contactConsentHint')} {...form.field('contactConsent')} />
        <TextField label={t('languages')} hint={t('languagesHint')} {...form.field('languages')} />
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
