import { FormSelect, TextField, type ApiForm } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DelegationPersonOptionsQuery } from '../graphql/operations';

/**
 * Picks a person on record: a search box narrowing a select of people (as the champions section
 * does). `required` is the message shown when none is chosen; without it the choice is optional.
 */
export function PersonPicker<Values extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  chosenLabel,
  searchLabel,
}: {
  form: ApiForm<Values>;
  name: FieldPath<Values>;
  label: string;
  required?: string;
  hint?: string;
  /** The name of the person chosen when the form opened (the search may not list them). */
  chosenLabel?: string;
  /** The search box's label when "Find a person" says too little. */
  searchLabel?: string;
}) {
  const { t } = useTranslation(['delegations', 'common']);
  const [search, setSearch] = useState('');
  // Typing waits a moment before asking the API.
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const [{ data: people }] = useQuery({ query: DelegationPersonOptionsQuery, variables: { search: term || undefined } });
  const personId = String(form.watch(name) ?? '');
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
        <TextField label={searchLabel ?? t('findPerson')} hint={t('findPersonHint')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <FormSelect
          form={form}
          name={name}
          rules={required ? { required } : undefined}
          label={label}
          hint={hint}
          required={!!required}
          placeholder={required ? t('common:choose') : t('nobody')}
          options={chosenMissing ? [{ value: personId, label: chosenLabel ?? t('chosenPerson') }, ...options] : options}
        />
      </div>
      {people && people.people.totalCount > options.length && (
        <p className="lr-field__hint">{t('morePeople', { shown: options.length, total: people.people.totalCount })}</p>
      )}
      <p>
        {t('personMissing')}{' '}
        <Link className="lr-action-link" to="/routes/people/new">
          {t('createPersonLink')}
        </Link>
      </p>
    </>
  );
}
