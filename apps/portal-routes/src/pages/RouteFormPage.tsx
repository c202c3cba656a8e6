import { useCountries } from '@lr/portal-graphql';
import type { Language } from '../graphql/generated/graphql';
import {
  Button,
  CheckboxGroup,
  ErrorPanel,
  SelectField,
  LocalizedTextFields,
  Skeleton,
  EMPTY_TEXTS,
  textsFrom,
  type Texts,
  type TextLanguage,
  TextField,
} from '@lr/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import {
  CreateRouteMutation,
  RouteEditQuery,
  RouteFilterOptionsQuery,
  UpdateRouteMutation,
} from '../graphql/operations';
import { LANGUAGE_NAMES } from '../messages';

interface RouteFormValues {
  programmeId: string;
  hostCountryCode: string;
  title: Texts;
  summary: Texts;
  learningObjectives: Texts;
  workingLanguages: Language[];
  startDate: string;
  endDate: string;
  thematicAreaIds: string[];
}

const BLANK: RouteFormValues = {
  programmeId: '',
  hostCountryCode: '',
  title: EMPTY_TEXTS,
  summary: EMPTY_TEXTS,
  learningObjectives: EMPTY_TEXTS,
  workingLanguages: [],
  startDate: '',
  endDate: '',
  thematicAreaIds: [],
};

/** Create (no id) or edit (id) a learning route. */
export function RouteFormPage() {
  const { id } = useParams();
  const { t, language, notify } = useSection();
  const navigate = useNavigate();
  const [values, setValues] = useState<RouteFormValues>(BLANK);
  const [version, setVersion] = useState<number | null>(null);
  const { outcome, fromError, clear } = useFormOutcome();
  const [{ data, fetching, error }, reload] = useQuery({
    query: RouteEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [{ data: options }] = useQuery({ query: RouteFilterOptionsQuery });
  const countries = useCountries(language);
  const [{ fetching: saving }, create] = useMutation(CreateRouteMutation);
  const [, update] = useMutation(UpdateRouteMutation);

  useEffect(() => {
    const route = data?.route;
    if (!route) return;
    setVersion(route.version);
    setValues({
      programmeId: route.programmeId,
      hostCountryCode: route.hostCountryCode,
      title: textsFrom(route.titleTranslations),
      summary: textsFrom(route.summaryTranslations),
      learningObjectives: textsFrom(route.learningObjectivesTranslations),
      workingLanguages: route.workingLanguages,
      startDate: route.startDate ?? '',
      endDate: route.endDate ?? '',
      thematicAreaIds: route.thematicAreas.map((a) => a.id),
    });
    clear();
  }, [data, clear]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.route))) return <ErrorPanel title={t('notFound')} />;

  const set = <K extends keyof RouteFormValues>(key: K, value: RouteFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => outcome.fields[path];
  const languageLabel = (lang: TextLanguage) =>
    LANGUAGE_NAMES[language][lang.toUpperCase() as Language];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const common = {
      title: values.title,
      summary: values.summary,
      learningObjectives: values.learningObjectives,
      hostCountryCode: values.hostCountryCode,
      workingLanguages: values.workingLanguages,
      startDate: values.startDate || null,
      endDate: values.endDate || null,
      thematicAreaIds: values.thematicAreaIds,
    };
    const result = id
      ? await update({ input: { ...common, id, version: version ?? 0 } })
      : await create({
          input: {
            ...common,
            programmeId: values.programmeId,
            startDate: values.startDate || undefined,
            endDate: values.endDate || undefined,
          },
        });
    if (result.error) return fromError(result.error);
    notify(t(id ? 'saved' : 'created'), 'success');
    const saved =
      'createRoute' in (result.data ?? {})
        ? (result.data as { createRoute: { id: string } }).createRoute.id
        : id;
    navigate(id ? '..' : `../${saved}`, { relative: 'path' });
  }

  return (
    <form className="lr-form" onSubmit={submit} noValidate>
      <p>
        <Link to="..">{t('back')}</Link>
      </p>
      <h1>{id ? t('editRoute') : t('createRoute')}</h1>
      <FormBanner outcome={outcome} onReload={() => reload({ requestPolicy: 'network-only' })} />
      <div className="lr-form-grid">
        <SelectField
          label={t('programme')}
          required
          disabled={!!id}
          value={values.programmeId}
          onChange={(e) => set('programmeId', e.target.value)}
          placeholder={t('choose')}
          error={err('programmeId')}
          options={
            options?.programmes.edges.map((p) => ({ value: p.node.id, label: p.node.name })) ?? []
          }
        />
        <SelectField
          label={t('hostCountry')}
          required
          value={values.hostCountryCode}
          onChange={(e) => set('hostCountryCode', e.target.value)}
          placeholder={t('choose')}
          error={err('hostCountryCode')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      </div>
      <LocalizedTextFields
        path="title"
        label={(lang) => t('titleIn', { language: languageLabel(lang) })}
        value={values.title}
        onChange={(next) => set('title', next)}
        errors={outcome.fields}
        required
      />
      <CheckboxGroup
        legend={t('workingLanguages')}
        value={values.workingLanguages}
        onChange={(v) => set('workingLanguages', v as Language[])}
        error={err('workingLanguages')}
        options={(['EN', 'FR', 'ES'] as const).map((l) => ({
          value: l,
          label: LANGUAGE_NAMES[language][l],
        }))}
      />
      <div className="lr-form-grid">
        <TextField
          label={t('startDate')}
          type="date"
          value={values.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          error={err('startDate')}
        />
        <TextField
          label={t('endDate')}
          type="date"
          value={values.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          error={err('endDate')}
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
      <LocalizedTextFields
        path="summary"
        label={(lang) => t('summaryIn', { language: languageLabel(lang) })}
        value={values.summary}
        onChange={(next) => set('summary', next)}
        errors={outcome.fields}
        multiline
      />
      <LocalizedTextFields
        path="learningObjectives"
        label={(lang) => t('objectivesIn', { language: languageLabel(lang) })}
        value={values.learningObjectives}
        onChange={(next) => set('learningObjectives', next)}
        errors={outcome.fields}
        multiline
      />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={saving}>
          {id ? t('save') : t('create')}
        </Button>
        <Link className="lr-button" to="..">
          {t('cancel')}
        </Link>
      </div>
    </form>
  );
}
