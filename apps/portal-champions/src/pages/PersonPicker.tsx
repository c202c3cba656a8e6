import { FormSelect, TextField, type ApiForm } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ChampionPersonOptionsQuery } from '../graphql/operations';
import type { ChampionFormValues } from './ChampionFormPage';

/** Picks the person who becomes a champion: a search box narrowing a select of people. */
export function PersonPicker({ form }: { form: ApiForm<ChampionFormValues> }) {
  const { t } = useTranslation(['champions', 'common']);
  const [search, setSearch] = useState('');
  // Typing waits a moment before asking the API.
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const [{ data: people }] = useQuery({ query: ChampionPersonOptionsQuery, variables: { search: term || undefined } });
  const personId = form.watch('personId');
  const options =
    people?.people.edges.map((e) => ({
      value: e.node.id,
      label: e.node.country ? `${e.node.fullName} (${e.node.country.name})` : e.node.fullName,
    })) ?? [];
  // The chosen person stays in the list while the search shows others.
  const chosenMissing = personId && !options.some((o) => o.value === personId);

  return (
    <>
      <div className="lr-form-grid">
        <TextField label={t('findPerson')} hint={t('findPersonHint')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <FormSelect
          form={form}
          name="personId"
          rules={{ required: t('choosePerson') }}
          label={t('person')}
          required
          placeholder={t('common:choose')}
          options={chosenMissing ? [{ value: personId, label: personId }, ...options] : options}
        />
      </div>
      {people && people.people.totalCount > options.length && (
        <p className="lr-field__hint">{t('morePeople', { shown: options.length, total: people.people.totalCount })}</p>
      )}
      <p>
        {t('personMissing')} <Link className="lr-action-link" to="/routes/people/new">{t('createPersonLink')}</Link>
      </p>
    </>
  );
}
