import type { PracticeLevel } from '@lr/portal-graphql';
import {
  Button,
  CheckboxGroup,
  ErrorPanel,
  SelectField,
  Skeleton,
  TextArea,
  TextField,
} from '@lr/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import { useCountries } from '@lr/portal-graphql';
import {
  CreatePracticeMutation,
  PracticeEditQuery,
  PracticeOptionsQuery,
  UpdatePracticeMutation,
} from '../graphql/operations';
import { LANGUAGE_NAMES, LEVEL_LABELS, labelOf } from '../messages';
import { LEVELS } from './PracticesListPage';

type Texts = { en: string; fr: string; es: string };
const EMPTY: Texts = { en: '', fr: '', es: '' };
const TEXT_LANGUAGES = ['en', 'fr', 'es'] as const;
const TEXT_FIELDS = ['summary', 'keySuccessFactors', 'lessonsLearned', 'innovations', 'evidence'] as const;
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
  title: EMPTY,
  summary: EMPTY,
  keySuccessFactors: EMPTY,
  lessonsLearned: EMPTY,
  innovations: EMPTY,
  evidence: EMPTY,
};

const texts = (t: { en?: string | null; fr?: string | null; es?: string | null }): Texts => ({
  en: t.en ?? '',
  fr: t.fr ?? '',
  es: t.es ?? '',
});
/** Empty language versions are left out rather than sent as ''. */
const localized = (v: Texts) => ({ en: v.en.trim() || null, fr: v.fr.trim() || null, es: v.es.trim() || null });

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
      title: texts(p.titleTranslations),
      summary: texts(p.summaryTranslations),
      keySuccessFactors: texts(p.keySuccessFactorsTranslations),
      lessonsLearned: texts(p.lessonsLearnedTranslations),
      innovations: texts(p.innovationsTranslations),
      evidence: texts(p.evidenceTranslations),
    });
    clear();
  }, [data, clear]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.practice))) return <ErrorPanel title={t('notFound')} />;

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setText = (key: TextKey, lang: keyof Texts, value: string) =>
    setValues((v) => ({ ...v, [key]: { ...v[key], [lang]: value } }));
  const err = (path: string) => outcome.fields[path];
  const langName = (lang: string) => labelOf(LANGUAGE_NAMES, language, lang.toUpperCase());
  const back = id ? `${basePath}/${id}` : basePath;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!values.countryCode) local['countryCode'] = t('choose');
    if (!values.level) local['level'] = t('choose');
    if (!values.title.en.trim() && !values.title.fr.trim() && !values.title.es.trim()) local['title'] = t('titleRequired');
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
      const result = await update({ input: { ...common, locality: values.locality.trim(), id, version } });
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
      {TEXT_LANGUAGES.map((lang) => (
        <TextField
          key={`title-${lang}`}
          label={t('titleIn', { language: langName(lang) })}
          required={lang === 'en'}
          value={values.title[lang]}
          onChange={(e) => setText('title', lang, e.target.value)}
          error={err(`title.${lang}`) ?? (lang === 'en' ? err('title') : undefined)}
        />
      ))}
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
        options={options?.thematicAreas.edges.map((a) => ({ value: a.node.id, label: a.node.name })) ?? []}
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
      {TEXT_FIELDS.map((field) =>
        TEXT_LANGUAGES.map((lang) => (
          <TextArea
            key={`${field}-${lang}`}
            label={t(LABEL_KEYS[field], { language: langName(lang) })}
            value={values[field][lang]}
            onChange={(e) => setText(field, lang, e.target.value)}
            error={err(`${field}.${lang}`) ?? (lang === 'en' ? err(field) : undefined)}
          />
        )),
      )}
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
