import { useCountries } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import {
  Button,
  EMPTY_TEXTS,
  FormBanner,
  FormCheckboxGroup,
  FormSelect,
  LocalizedTextFields,
  PageHeader,
  RequireEdit,
  TextField,
  textsFrom,
  useApiForm,
  useRecordToEdit,
  type Texts,
} from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { PracticeEditQuery as PracticeEditResult, PracticeLevel } from '../graphql/generated/graphql';
import { CreatePracticeMutation, PracticeEditQuery, PracticeOptionsQuery, UpdatePracticeMutation } from '../graphql/operations';
import { LEVELS } from './PracticesListPage';

/** The practice's texts besides its title, each written in English, French and Spanish. */
const TEXT_FIELDS = ['summary', 'keySuccessFactors', 'lessonsLearned', 'innovations', 'evidence'] as const;
type TextKey = 'title' | (typeof TEXT_FIELDS)[number];

const LABEL_KEYS = {
  title: 'titleIn',
  summary: 'summaryIn',
  keySuccessFactors: 'keySuccessFactorsIn',
  lessonsLearned: 'lessonsLearnedIn',
  innovations: 'innovationsIn',
  evidence: 'evidenceIn',
} as const satisfies Record<TextKey, string>;

interface PracticeFormValues extends Record<TextKey, Texts> {
  countryCode: string;
  level: PracticeLevel | '';
  locality: string;
  thematicAreaIds: string[];
  leadingOrganisationIds: string[];
}

const BLANK: PracticeFormValues = {
  countryCode: '',
  level: '',
  locality: '',
  thematicAreaIds: [],
  leadingOrganisationIds: [],
  title: EMPTY_TEXTS,
  summary: EMPTY_TEXTS,
  keySuccessFactors: EMPTY_TEXTS,
  lessonsLearned: EMPTY_TEXTS,
  innovations: EMPTY_TEXTS,
  evidence: EMPTY_TEXTS,
};

function valuesOf(p: NonNullable<PracticeEditResult['practice']>): PracticeFormValues {
  return {
    countryCode: p.countryCode,
    level: p.level,
    locality: p.locality ?? '',
    thematicAreaIds: p.thematicAreaIds,
    leadingOrganisationIds: p.leadingOrganisationIds,
    title: textsFrom(p.titleTranslations),
    summary: textsFrom(p.summaryTranslations),
    keySuccessFactors: textsFrom(p.keySuccessFactorsTranslations),
    lessonsLearned: textsFrom(p.lessonsLearnedTranslations),
    innovations: textsFrom(p.innovationsTranslations),
    evidence: textsFrom(p.evidenceTranslations),
  };
}

/** Empty language versions are left out rather than sent as ''. */
const localized = (v: Texts) => ({ en: v.en.trim() || null, fr: v.fr.trim() || null, es: v.es.trim() || null });

/** Create (no id) or edit (id) a practice: the form for those who may, a notice for the others. */
export function PracticeFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(['practices', 'common']);
  const { basePath } = useSection();
  return (
    <RequireEdit title={id ? t('editPractice') : t('createPractice')} back={{ label: t('practicesTitle'), to: id ? `${basePath}/${id}` : basePath }}>
      <PracticeForm id={id} />
    </RequireEdit>
  );
}

/** The practice's fields, with its texts in English, French and Spanish. */
function PracticeForm({ id }: { id?: string }) {
  const { t } = useTranslation(['practices', 'common']);
  const { language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const form = useApiForm<PracticeFormValues>({ defaultValues: BLANK });
  const edited = useRecordToEdit({ id, query: PracticeEditQuery, record: (d) => d.practice, valuesOf, form });
  const [{ data: options }] = useQuery({ query: PracticeOptionsQuery });
  const countries = useCountries(language);
  const [, create] = useMutation(CreatePracticeMutation);
  const [, update] = useMutation(UpdatePracticeMutation);

  if (edited.placeholder) return edited.placeholder;
  const back = id ? `${basePath}/${id}` : basePath;

  // The rules on the fields are checked together before sending, so every missing answer shows at once.
  const save = form.submit(async (values) => {
    const common = {
      countryCode: values.countryCode,
      level: values.level as PracticeLevel,
      thematicAreaIds: values.thematicAreaIds,
      leadingOrganisationIds: values.leadingOrganisationIds,
      title: localized(values.title),
      ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, localized(values[k])])),
    };
    if (id) {
      const input = { ...common, locality: values.locality.trim(), id, version: edited.record?.version ?? 0 };
      const result = await update({ input });
      if (result.error) return form.showApiError(result.error);
      notify(t('common:saved'), 'success');
      navigate(`${basePath}/${id}`);
    } else {
      const result = await create({ input: { ...common, locality: values.locality.trim() || undefined } });
      if (result.error || !result.data) return result.error && form.showApiError(result.error);
      notify(t('common:created'), 'success');
      navigate(`${basePath}/${result.data.createPractice.id}`);
    }
  });

  return (
    <form ref={form.formRef} className="lr-form" onSubmit={save} noValidate>
      <PageHeader
        title={id ? t('editPractice') : t('createPractice')}
        breadcrumbs={id && edited.record ? [{ label: edited.record.titleTranslations[language] ?? edited.record.titleTranslations.en ?? '', to: back }] : []}
      />
      <FormBanner form={form} onReload={edited.reload} />
      <LocalizedTextFields form={form} path="title" label={(l) => t('titleIn', { language: languageName(l, language) })} required={t('titleRequired')} />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="countryCode"
          rules={{ required: t('countryRequired') }}
          label={t('country')}
          required
          placeholder={t('common:choose')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <FormSelect
          form={form}
          name="level"
          rules={{ required: t('levelRequired') }}
          label={t('level')}
          required
          placeholder={t('common:choose')}
          options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
        />
        <TextField label={t('locality')} {...form.field('locality')} />
      </div>
      <FormCheckboxGroup
        form={form}
        name="thematicAreaIds"
        legend={t('thematicAreas')}
        options={options?.thematicAreas.edges.map((a) => ({ value: a.node.id, label: a.node.name })) ?? []}
      />
      <FormCheckboxGroup
        form={form}
        name="leadingOrganisationIds"
        legend={t('leadingOrganisations')}
        options={
          options?.organisations.edges.map((o) => ({
            value: o.node.id,
            label: o.node.acronym ? `${o.node.name} (${o.node.acronym})` : o.node.name,
          })) ?? []
        }
      />
      {TEXT_FIELDS.map((field) => (
        <LocalizedTextFields
          key={field}
          form={form}
          path={field}
          label={(l) => t(LABEL_KEYS[field], { language: languageName(l, language) })}
          multiline
        />
      ))}
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
