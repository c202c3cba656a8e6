import type { Gender } from '../graphql/generated/graphql';
import { Button, ErrorPanel, SelectField, Skeleton, TextField } from '@lr/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import { useCountries } from '@lr/portal-graphql';
import {
  CreatePersonMutation,
  OrganisationOptionsQuery,
  PersonEditQuery,
  UpdatePersonMutation,
} from '../graphql/operations';

const GENDERS: Gender[] = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'];
const BLANK = {
  givenName: '',
  familyName: '',
  organisationId: '',
  countryCode: '',
  gender: 'UNDISCLOSED' as Gender,
  languages: '',
  position: '',
  email: '',
  phone: '',
};

export function PersonFormPage() {
  const { id } = useParams();
  const { t, language, notify } = useSection();
  const navigate = useNavigate();
  const [values, setValues] = useState(BLANK);
  const [version, setVersion] = useState(0);
  const { outcome, fromError, clear } = useFormOutcome();
  const [{ data, fetching, error }, reload] = useQuery({
    query: PersonEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [{ data: orgs }] = useQuery({ query: OrganisationOptionsQuery });
  const countries = useCountries(language);
  const [{ fetching: saving }, create] = useMutation(CreatePersonMutation);
  const [, update] = useMutation(UpdatePersonMutation);

  useEffect(() => {
    const p = data?.person;
    if (!p) return;
    setVersion(p.version);
    setValues({
      givenName: p.givenName,
      familyName: p.familyName,
      organisationId: p.organisationId ?? '',
      countryCode: p.countryCode ?? '',
      gender: p.gender,
      languages: p.languages.join(', '),
      position: p.position ?? '',
      email: p.email ?? '',
      phone: p.phone ?? '',
    });
    clear();
  }, [data, clear]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.person))) return <ErrorPanel title={t('notFound')} />;

  const set = (key: keyof typeof BLANK, value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => outcome.fields[path];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const languages = values.languages
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const input = {
      givenName: values.givenName,
      familyName: values.familyName,
      organisationId: values.organisationId || null,
      countryCode: values.countryCode || null,
      gender: values.gender,
      languages,
      position: values.position || null,
      email: values.email || null,
      phone: values.phone || null,
    };
    const result = id
      ? await update({ input: { ...input, id, version } })
      : await create({
          input: {
            ...input,
            organisationId: input.organisationId ?? undefined,
            countryCode: input.countryCode ?? undefined,
            position: input.position ?? undefined,
            email: input.email ?? undefined,
            phone: input.phone ?? undefined,
          },
        });
    if (result.error) return fromError(result.error);
    notify(t(id ? 'saved' : 'created'), 'success');
    navigate(id ? '../..' : '..', { relative: 'path' });
  }

  return (
    <form className="lr-form" onSubmit={submit} noValidate>
      <p>
        <Link to={id ? '../..' : '..'} relative="path">
          {t('back')}
        </Link>
      </p>
      <h1>{id ? t('editPerson') : t('createPerson')}</h1>
      <FormBanner outcome={outcome} onReload={() => reload({ requestPolicy: 'network-only' })} />
      <div className="lr-form-grid">
        <TextField
          label={t('givenName')}
          required
          value={values.givenName}
          onChange={(e) => set('givenName', e.target.value)}
          error={err('givenName')}
        />
        <TextField
          label={t('familyName')}
          required
          value={values.familyName}
          onChange={(e) => set('familyName', e.target.value)}
          error={err('familyName')}
        />
        <SelectField
          label={t('organisation')}
          value={values.organisationId}
          onChange={(e) => set('organisationId', e.target.value)}
          placeholder={t('choose')}
          error={err('organisationId')}
          options={
            orgs?.organisations.edges.map((o) => ({
              value: o.node.id,
              label: o.node.acronym ? `${o.node.name} (${o.node.acronym})` : o.node.name,
            })) ?? []
          }
        />
        <SelectField
          label={t('country')}
          value={values.countryCode}
          onChange={(e) => set('countryCode', e.target.value)}
          placeholder={t('choose')}
          error={err('countryCode')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <SelectField
          label={t('gender')}
          value={values.gender}
          onChange={(e) => set('gender', e.target.value)}
          error={err('gender')}
          options={GENDERS.map((g) => ({
            value: g,
            label: g.charAt(0) + g.slice(1).toLowerCase(),
          }))}
        />
        <TextField
          label={t('position')}
          value={values.position}
          onChange={(e) => set('position', e.target.value)}
          error={err('position')}
        />
        <TextField
          label={t('email')}
          type="email"
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
          error={err('email')}
        />
        <TextField
          label={t('phone')}
          type="tel"
          value={values.phone}
          onChange={(e) => set('phone', e.target.value)}
          error={err('phone')}
        />
        <TextField
          label={t('languages')}
          hint={t('languagesHint')}
          value={values.languages}
          onChange={(e) => set('languages', e.target.value)}
          error={err('languages')}
        />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={saving}>
          {id ? t('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
