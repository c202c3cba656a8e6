import { errorCode } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import {
  Button,
  CheckboxField,
  EMPTY_TEXTS,
  ErrorPanel,
  FormBanner,
  FormCheckboxGroup,
  LocalizedTextFields,
  PageHeader,
  PersonPicker,
  RequireEdit,
  Skeleton,
  TextField,
  textsFrom,
  useApiForm,
  type Texts,
} from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { ChampionEditQuery as ChampionEditResult } from '../graphql/generated/graphql';
import { ChampionEditQuery, ChampionFormOptionsQuery, CreateChampionMutation, UpdateChampionMutation } from '../graphql/operations';

export interface ChampionFormValues {
  personId: string;
  bio: Texts;
  /** ISO 639-1 codes as typed, separated by commas. */
  languages: string;
  /** Free text, separated by commas. */
  expertiseTags: string;
  thematicAreaIds: string[];
  consentToContact: boolean;
  consentToPhotograph: boolean;
  consentToPhotographDate: string;
}

const BLANK: ChampionFormValues = {
  personId: '',
  bio: EMPTY_TEXTS,
  languages: '',
  expertiseTags: '',
  thematicAreaIds: [],
  consentToContact: false,
  consentToPhotograph: false,
  consentToPhotographDate: '',
};

function valuesOf(c: NonNullable<ChampionEditResult['champion']>): ChampionFormValues {
  return {
    personId: c.personId,
    bio: textsFrom(c.bioTranslations),
    languages: c.languages.join(', '),
    expertiseTags: c.expertiseTags.join(', '),
    thematicAreaIds: c.thematicAreas.map((a) => a.id),
    consentToContact: c.consentToContact,
    consentToPhotograph: c.consentToPhotograph,
    consentToPhotographDate: c.consentToPhotographDate ?? '',
  };
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Create (no id) or edit (id) a champion: the form for those who may, a notice for the others. */
export function ChampionFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['champions', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={id ? t('editChampion') : t('createChampion')} back={{ label: t('championsTitle'), to: id ? `${basePath}/${id}` : basePath }}>
      <ChampionForm id={id} />
    </RequireEdit>
  );
}

function ChampionForm({ id }: { id?: string }) {
  const { t } = useTranslation(['champions', 'common']);
  const { language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<ChampionFormValues>({
    defaultValues: BLANK,
    // The API's rule names the format; this says it the way the form asks for it.
    messages: { languages: { matches: t('languagesFormat') } },
  });
  const [existingChampionId, setExistingChampionId] = useState<string | null>(null);
  const [{ data, fetching, error }, reload] = useQuery({
    query: ChampionEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [{ data: options }] = useQuery({ query: ChampionFormOptionsQuery });
  const [, create] = useMutation(CreateChampionMutation);
  const [, update] = useMutation(UpdateChampionMutation);

  const { reset } = form;
  useEffect(() => {
    if (data?.champion) reset(valuesOf(data.champion));
  }, [data, reset]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.champion))) return <ErrorPanel title={t('common:notFound')} />;

  const save = form.submit(async (values) => {
    setExistingChampionId(null);
    const loaded = form.formState.defaultValues;
    const common = {
      bio: values.bio,
      expertiseTags: list(values.expertiseTags),
      thematicAreaIds: values.thematicAreaIds,
      consentToContact: values.consentToContact,
      consentToPhotograph: values.consentToPhotograph,
      // Contact consent is the person's, dated by the API the day it changes. A photograph
      // consent date is sent only when typed: otherwise the API records today when it changes.
      consentToPhotographDate:
        values.consentToPhotographDate && values.consentToPhotographDate !== loaded?.consentToPhotographDate
          ? values.consentToPhotographDate
          : undefined,
    };
    const languages = list(values.languages).map((l) => l.toLowerCase());
    if (id) {
      const result = await update({ input: { ...common, id, version: data?.champion?.version ?? 0, languages } });
      if (result.error) return form.showApiError(result.error);
      notify(t('common:saved'), 'success');
      navigate(`${basePath}/${id}`);
      return;
    }
    const result = await create({ input: { ...common, personId: values.personId, languages: languages.length ? languages : undefined } });
    const existing = result.error?.graphQLErrors[0]?.extensions?.['championId'];
    // The person is a champion already: offer their record rather than an error.
    if (errorCode(result.error) === 'CONFLICT' && typeof existing === 'string') return setExistingChampionId(existing);
    if (result.error) return form.showApiError(result.error);
    notify(t('common:created'), 'success');
    navigate(`${basePath}/${result.data?.createChampion.id}`);
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader
        title={id ? t('editChampion') : t('createChampion')}
        breadcrumbs={id && data?.champion?.person ? [{ label: data.champion.person.fullName, to: `${basePath}/${id}` }] : []}
      />
      <FormBanner form={form} onReload={() => reload({ requestPolicy: 'network-only' })} />
      {existingChampionId && (
        <div className="lr-notice" role="alert">
          <p>{t('alreadyChampion')}</p>
          <Link to={`${basePath}/${existingChampionId}`}>
            {t('openExisting')}
          </Link>
        </div>
      )}

      <fieldset className="lr-card">
        <legend className="lr-field__label">{t('person')}</legend>
        {id ? <p>{data?.champion?.person?.fullName}</p> : <PersonPicker form={form} name="personId" label={t('person')} required={t('choosePerson')} />}
      </fieldset>

      <LocalizedTextFields form={form} path="bio" label={(l) => t('bioIn', { language: languageName(l, language) })} multiline rows={3} />

      <div className="lr-form-grid">
        <TextField label={t('languages')} hint={id ? t('languagesEditHint') : t('languagesHint')} {...form.field('languages')} />
        <TextField label={t('expertiseTags')} hint={t('expertiseHint')} {...form.field('expertiseTags')} />
      </div>
      <FormCheckboxGroup
        form={form}
        name="thematicAreaIds"
        legend={t('thematicAreas')}
        options={options?.thematicAreas.edges.map((a) => ({ value: a.node.id, label: a.node.name })) ?? []}
      />

      <fieldset className="lr-card">
        <legend className="lr-field__label">{t('consents')}</legend>
        <div className="lr-form-grid">
          <CheckboxField label={t('consentToContact')} hint={t('consentToContactHint')} {...form.field('consentToContact')} />
          <CheckboxField label={t('consentToPhotograph')} {...form.field('consentToPhotograph')} />
          <TextField
            label={`${t('consentToPhotograph')}: ${t('consentDate')}`}
            hint={t('consentDateHint')}
            type="date"
            {...form.field('consentToPhotographDate')}
          />
        </div>
      </fieldset>

      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {id ? t('common:save') : t('common:create')}
        </Button>
        <Link className="lr-button" to={id ? `${basePath}/${id}` : basePath}>
          {t('common:cancel')}
        </Link>
      </div>
    </form>
  );
}
