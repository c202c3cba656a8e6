import { useCountries } from '@lr/portal-graphql';
import type { PracticeLevel } from '../graphql/generated/graphql';
import {
  Button,
  CheckboxGroup,
  ErrorPanel,
  SelectField,
  EMPTY_TEXTS,
  LocalizedTextFields,
  Skeleton,
  TextField,
  textsFrom,
  type Texts,
} from '@lr/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import {
  CreatePracticeMutation,
  PracticeEditQuery,
  PracticeOptionsQuery,
  UpdatePracticeMutation,
} from '../graphql/operations';
import { LANGUAGE_NAMES, LEVEL_LABELS, labelOf } from '../messages';
import { LEVELS } from './PracticesListPage';

const TEXT_FIELDS = [
  'summary',
  'keySuccessFactors',
  'lessonsLearned',
  'innovations',
  'evidence',
] as const;
type TextKey = 'title' | (typeof TEXT_FIELDS)[number];

interface Values extends Record<TextKey, Texts> {
  countryCode: string;
  level: PracticeLevel | '';
  locality: string;
  thematicAreaIds: string[];
  leadingOrganisationIds: string[];
}

const BLANK: Values = {
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

/** Empty language versions are left out rather than sent as ''. */
const localized = (v: Texts) => ({
  en: v.en.trim() || null,
  fr: v.fr.trim() || null,
  es: v.es.trim() || null,
});

const LABEL_KEYS = {
  title: 'titleIn',
  summary: 'summaryIn',
  keySuccessFactors: 'keySuccessFactorsIn',
  lessonsLearned: 'lessonsLearnedIn',
  innovations: 'innovationsIn',
  evidence: 'evidenceIn',
} as const;

/** Create (no id) or edit (id) a practice, with its texts in English, French and Spanish. */
export function PracticeFormPage() {
  const { id } = useParams();
  const { t, language, notify, basePath } = useSection();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(BLANK);
  const [version, setVersion] = useState(0);
  const { outcome, fromError, setFields, clear } = useFormOutcome();
  const [{ data, fetching, error }, reload] = useQuery({
    query: PracticeEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [{ data: options }] = useQuery({ query: PracticeOptionsQuery });
  const countries = useCountries(language);
  const [{ fetching: creating }, create] = useMutation(CreatePracticeMutation);
  const [{ fetching: updating }, update] = useMutation(UpdatePracticeMutation);

  useEffect(() => {
    const p = data?.practice;
    if (!p) return;
    setVersion(p.version);
    setValues({
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
    });
    clear();
  }, [data, clear]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.practice))) return <ErrorPanel title={t('notFound')} />;

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => outcome.fields[path];
  const langName = (lang: string) => labelOf(LANGUAGE_NAMES, language, lang.toUpperCase());
  const back = id ? `${basePath}/${id}` : basePath;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!values.countryCode) local['countryCode'] = t('choose');
    if (!values.level) local['level'] = t('choose');
    if (!values.title.en.trim() && !values.title.fr.trim() && !values.title.es.trim())
      local['title'] = t('titleRequired');
    if (Object.keys(local).length) return setFields(local);
    const common = {
      countryCode: values.countryCode,
      level: values.level as PracticeLevel,
      locality: values.locality.trim() || undefined,
      thematicAreaIds: values.thematicAreaIds,
      leadingOrganisationIds: values.leadingOrganisationIds,
      title: localized(values.title),
      ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, localized(values[k])])),
    };
    if (id) {
      const result = await update({
        input: { ...common, locality: values.locality.trim(), id, version },
      });
      if (result.error) return fromError(result.error);
      notify(t('saved'), 'success');
      navigate(`${basePath}/${id}`);
    } else {
      const result = await create({ input: common });
      if (result.error || !result.data) return fromError(result.error);
      notify(t('created'), 'success');
      navigate(`${basePath}/${result.data.createPractice.id}`);
    }
  }

  return (
    <form className="lr-form" onSubmit={submit} noValidate>
      <p>
        <Link to={back}>{t('back')}</Link>
      </p>
      <h1>{id ? t('editPractice') : t('createPractice')}</h1>
      <FormBanner outcome={outcome} onReload={() => reload({ requestPolicy: 'network-only' })} />
      <LocalizedTextFields
        path="title"
        label={(lang) => t('titleIn', { language: langName(lang) })}
        value={values.title}
        onChange={(next) => set('title', next)}
        errors={outcome.fields}
        required
      />
      <div className="lr-form-grid">
        <SelectField
          label={t('country')}
          required
          value={values.countryCode}
          onChange={(e) => set('countryCode', e.target.value)}
          placeholder={t('choose')}
          error={err('countryCode')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <SelectField
          label={t('level')}
          required
          value={values.level}
          onChange={(e) => set('level', e.target.value as PracticeLevel)}
          placeholder={t('choose')}
          error={err('level')}
          options={LEVELS.map((l) => ({ value: l, label: labelOf(LEVEL_LABELS, language, l) }))}
        />
        <TextField
          label={t('locality')}
          value={values.locality}
          onChange={(e) => set('locality', e.target.value)}
          error={err('locality')}
        />
      </div>
      <CheckboxGroup
        legend={t('thematicAreas')}
        value={values.thematicAreaIds}
        onChange={(v) => set('thematicAreaIds', v)}
        error={err('thematicAreaIds')}
        options={
          options?.thematicAreas.edges.map((a) => ({ value: a.node.id, label: a.node.name })) ?? []
        }
      />
      <CheckboxGroup
        legend={t('leadingOrganisations')}
        value={values.leadingOrganisationIds}
        onChange={(v) => set('leadingOrganisationIds', v)}
        error={err('leadingOrganisationIds')}
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
          path={field}
          label={(lang) => t(LABEL_KEYS[field], { language: langName(lang) })}
          value={values[field]}
          onChange={(next) => set(field, next)}
          errors={outcome.fields}
          multiline
        />
      ))}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={creating || updating}>
          {id ? t('save') : t('create')}
        </Button>
        <Link className="lr-button" to={back}>
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
