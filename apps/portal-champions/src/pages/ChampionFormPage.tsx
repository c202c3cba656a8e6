import { errorCode } from '@lr/portal-graphql';
import {
  Button,
  CheckboxField,
  CheckboxGroup,
  EMPTY_TEXTS,
  ErrorPanel,
  LocalizedTextFields,
  SelectField,
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
  ChampionEditQuery,
  ChampionFormOptionsQuery,
  ChampionPersonOptionsQuery,
  CreateChampionMutation,
  UpdateChampionMutation,
} from '../graphql/operations';
import { LANGUAGE_NAMES } from '../messages';

interface Values {
  personId: string;
  bio: Texts;
  languages: string;
  expertiseTags: string;
  thematicAreaIds: string[];
  consentToContact: boolean;
  consentToContactDate: string;
  consentToPhotograph: boolean;
  consentToPhotographDate: string;
}

const BLANK: Values = {
  personId: '',
  bio: EMPTY_TEXTS,
  languages: '',
  expertiseTags: '',
  thematicAreaIds: [],
  consentToContact: false,
  consentToContactDate: '',
  consentToPhotograph: false,
  consentToPhotographDate: '',
};

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Create (no id) or edit (id) a champion. */
export function ChampionFormPage() {
  const { id } = useParams();
  const { t, language, notify } = useSection();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(BLANK);
  const [loaded, setLoaded] = useState<Values>(BLANK);
  const [version, setVersion] = useState(0);
  const [existingChampionId, setExistingChampionId] = useState<string | null>(null);
  const { outcome, fromError, setFields, clear } = useFormOutcome();
  const [{ data, fetching, error }, reload] = useQuery({
    query: ChampionEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [{ data: options }] = useQuery({ query: ChampionFormOptionsQuery });
  const [{ fetching: creating }, create] = useMutation(CreateChampionMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateChampionMutation);

  // The person picker: a search box narrowing a select (typing waits a moment before asking).
  const [personSearch, setPersonSearch] = useState('');
  const [searchTerm, setSearchTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearchTerm(personSearch.trim()), 300);
    return () => clearTimeout(timer);
  }, [personSearch]);
  const [{ data: people }] = useQuery({
    query: ChampionPersonOptionsQuery,
    variables: { search: searchTerm || undefined },
    pause: !!id,
  });

  useEffect(() => {
    const c = data?.champion;
    if (!c) return;
    const next: Values = {
      personId: c.personId,
      bio: textsFrom(c.bioTranslations),
      languages: c.languages.join(', '),
      expertiseTags: c.expertiseTags.join(', '),
      thematicAreaIds: c.thematicAreas.map((a) => a.id),
      consentToContact: c.consentToContact,
      consentToContactDate: c.consentToContactDate ?? '',
      consentToPhotograph: c.consentToPhotograph,
      consentToPhotographDate: c.consentToPhotographDate ?? '',
    };
    setVersion(c.version);
    setValues(next);
    setLoaded(next);
    clear();
  }, [data, clear]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.champion))) return <ErrorPanel title={t('notFound')} />;

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) =>
    outcome.fields[path] ??
    Object.entries(outcome.fields).find(([key]) => key.startsWith(`${path}.`))?.[1];
  const peopleOptions =
    people?.people.edges.map((e) => ({
      value: e.node.id,
      label: e.node.country ? `${e.node.fullName} (${e.node.country.name})` : e.node.fullName,
    })) ?? [];
  // Keep the chosen person in the list while the search shows others.
  const chosenMissing = values.personId && !peopleOptions.some((o) => o.value === values.personId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setExistingChampionId(null);
    if (!id && !values.personId) return setFields({ personId: t('choosePerson') });
    const common = {
      bio: values.bio,
      expertiseTags: list(values.expertiseTags),
      thematicAreaIds: values.thematicAreaIds,
      consentToContact: values.consentToContact,
      consentToPhotograph: values.consentToPhotograph,
    };
    // A date is sent only when typed: otherwise the API records today when the answer changes.
    const dates = {
      consentToContactDate:
        values.consentToContactDate && values.consentToContactDate !== loaded.consentToContactDate
          ? values.consentToContactDate
          : undefined,
      consentToPhotographDate:
        values.consentToPhotographDate &&
        values.consentToPhotographDate !== loaded.consentToPhotographDate
          ? values.consentToPhotographDate
          : undefined,
    };
    const languages = list(values.languages).map((l) => l.toLowerCase());
    const result = id
      ? await update({ input: { ...common, ...dates, id, version, languages } })
      : await create({
          input: {
            ...common,
            ...dates,
            personId: values.personId,
            languages: languages.length ? languages : undefined,
          },
        });
    if (result.error) {
      const existing = result.error.graphQLErrors[0]?.extensions?.['championId'];
      if (!id && errorCode(result.error) === 'CONFLICT' && typeof existing === 'string') {
        clear();
        setExistingChampionId(existing);
        return;
      }
      return fromError(result.error);
    }
    notify(t(id ? 'saved' : 'created'), 'success');
    const saved =
      result.data && 'createChampion' in result.data ? result.data.createChampion.id : id;
    navigate(id ? '..' : `../${saved}`, { relative: 'path' });
  }

  return (
    <form className="lr-form" onSubmit={submit} noValidate>
      <p>
        <Link to=".." relative="path">
          {id ? (data?.champion?.person?.fullName ?? t('back')) : t('back')}
        </Link>
      </p>
      <h1>{id ? t('editChampion') : t('createChampion')}</h1>
      <FormBanner outcome={outcome} onReload={() => reload({ requestPolicy: 'network-only' })} />
      {existingChampionId && (
        <div className="lr-notice" role="alert">
          <p>{t('alreadyChampion')}</p>
          <Link to={`../${existingChampionId}`} relative="path">
            {t('openExisting')}
          </Link>
        </div>
      )}

      <fieldset className="lr-card">
        <legend className="lr-field__label">{t('person')}</legend>
        {id ? (
          <p>{data?.champion?.person?.fullName}</p>
        ) : (
          <>
            <div className="lr-form-grid">
              <TextField
                label={t('findPerson')}
                hint={t('findPersonHint')}
                type="search"
                value={personSearch}
                onChange={(e) => setPersonSearch(e.target.value)}
              />
              <SelectField
                label={t('person')}
                required
                value={values.personId}
                onChange={(e) => set('personId', e.target.value)}
                placeholder={t('choose')}
                error={err('personId')}
                options={
                  chosenMissing
                    ? [{ value: values.personId, label: values.personId }, ...peopleOptions]
                    : peopleOptions
                }
              />
            </div>
            {people && people.people.totalCount > peopleOptions.length && (
              <p className="lr-field__hint">
                {t('morePeople', { shown: peopleOptions.length, total: people.people.totalCount })}
              </p>
            )}
            <p>
              {t('personMissing')} <Link to="/routes/people/new">{t('createPersonLink')}</Link>
            </p>
          </>
        )}
      </fieldset>

      <LocalizedTextFields
        path="bio"
        label={(lang) => t('bioIn', { language: LANGUAGE_NAMES[language][lang] })}
        value={values.bio}
        onChange={(next) => set('bio', next)}
        errors={outcome.fields}
        multiline
        rows={3}
      />

      <div className="lr-form-grid">
        <TextField
          label={t('languages')}
          hint={id ? t('languagesEditHint') : t('languagesHint')}
          value={values.languages}
          onChange={(e) => set('languages', e.target.value)}
          error={err('languages')}
        />
        <TextField
          label={t('expertiseTags')}
          hint={t('expertiseHint')}
          value={values.expertiseTags}
          onChange={(e) => set('expertiseTags', e.target.value)}
          error={err('expertiseTags')}
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

      <fieldset className="lr-card">
        <legend className="lr-field__label">{t('consents')}</legend>
        <div className="lr-form-grid">
          <CheckboxField
            label={t('consentToContact')}
            checked={values.consentToContact}
            onChange={(e) => set('consentToContact', e.target.checked)}
            error={err('consentToContact')}
          />
          <TextField
            label={`${t('consentToContact')}: ${t('consentDate')}`}
            hint={t('consentDateHint')}
            type="date"
            value={values.consentToContactDate}
            onChange={(e) => set('consentToContactDate', e.target.value)}
            error={err('consentToContactDate')}
          />
          <CheckboxField
            label={t('consentToPhotograph')}
            checked={values.consentToPhotograph}
            onChange={(e) => set('consentToPhotograph', e.target.checked)}
            error={err('consentToPhotograph')}
          />
          <TextField
            label={`${t('consentToPhotograph')}: ${t('consentDate')}`}
            hint={t('consentDateHint')}
            type="date"
            value={values.consentToPhotographDate}
            onChange={(e) => set('consentToPhotographDate', e.target.value)}
            error={err('consentToPhotographDate')}
          />
        </div>
      </fieldset>

      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={creating || updating}>
          {id ? t('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
