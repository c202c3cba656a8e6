import type { OrganisationType } from '../graphql/generated/graphql';
import { Button, ErrorPanel, SelectField, Skeleton, TextField } from '@lr/portal-ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import { useCountries } from '@lr/portal-graphql';
import {
  CreateOrganisationMutation,
  OrganisationEditQuery,
  UpdateOrganisationMutation,
} from '../graphql/operations';
import { ORGANISATION_TYPES, typeLabel } from './OrganisationsListPage';

const BLANK = { name: '', acronym: '', type: '', countryCode: '', website: '' };

export function OrganisationFormPage() {
  const { id } = useParams();
  const { t, language, notify } = useSection();
  const navigate = useNavigate();
  const [values, setValues] = useState(BLANK);
  const [version, setVersion] = useState(0);
  const { outcome, fromError, clear, setFields } = useFormOutcome();
  const [{ data, fetching, error }, reload] = useQuery({
    query: OrganisationEditQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const countries = useCountries(language);
  const [{ fetching: saving }, create] = useMutation(CreateOrganisationMutation);
  const [, update] = useMutation(UpdateOrganisationMutation);

  useEffect(() => {
    const o = data?.organisation;
    if (!o) return;
    setVersion(o.version);
    setValues({
      name: o.name,
      acronym: o.acronym ?? '',
      type: o.type,
      countryCode: o.countryCode ?? '',
      website: o.website ?? '',
    });
    clear();
  }, [data, clear]);

  if (id && fetching && !data) return <Skeleton width="50%" />;
  if (id && (error || (data && !data.organisation))) return <ErrorPanel title={t('notFound')} />;

  const set = (key: keyof typeof BLANK, value: string) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => outcome.fields[path];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!values.type) return setFields({ type: t('required') });
    const type = values.type as OrganisationType;
    const result = id
      ? await update({
          input: {
            id,
            version,
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
      <h1>{id ? t('editOrganisation') : t('createOrganisation')}</h1>
      <FormBanner outcome={outcome} onReload={() => reload({ requestPolicy: 'network-only' })} />
      <div className="lr-form-grid">
        <TextField
          label={t('name')}
          required
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={err('name')}
        />
        <TextField
          label={t('acronym')}
          value={values.acronym}
          onChange={(e) => set('acronym', e.target.value)}
          error={err('acronym')}
        />
        <SelectField
          label={t('type')}
          required
          value={values.type}
          onChange={(e) => set('type', e.target.value)}
          placeholder={t('choose')}
          error={err('type')}
          options={ORGANISATION_TYPES.map((o) => ({ value: o, label: typeLabel(o) }))}
        />
        <SelectField
          label={t('country')}
          value={values.countryCode}
          onChange={(e) => set('countryCode', e.target.value)}
          placeholder={t('choose')}
          error={err('countryCode')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <TextField
          label={t('website')}
          type="url"
          value={values.website}
          onChange={(e) => set('website', e.target.value)}
          error={err('website')}
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
