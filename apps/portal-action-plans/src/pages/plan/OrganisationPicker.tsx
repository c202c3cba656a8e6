import { FormSelect, TextField, type ApiForm } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PlanOrganisationOptionsQuery } from '../../graphql/operations';

/**
 * Picks an organisation on record: a search box narrowing a select (the first fifty matches).
 * The organisation chosen when the form opened stays offered while the search shows others.
 */
export function OrganisationPicker<Values extends FieldValues>({
  form,
  name,
  label,
  hint,
  chosenLabel,
}: {
  form: ApiForm<Values>;
  name: FieldPath<Values>;
  label: string;
  hint?: string;
  chosenLabel?: string;
}) {
  const { t } = useTranslation(['action-plans', 'common']);
  const [search, setSearch] = useState('');
  // Typing waits a moment before asking the API.
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const [{ data }] = useQuery({ query: PlanOrganisationOptionsQuery, variables: { search: term || undefined } });
  const chosen = String(form.watch(name) ?? '');
  const options = data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.acronym ? `${e.node.name} (${e.node.acronym})` : e.node.name })) ?? [];
  const missing = chosen && !options.some((o) => o.value === chosen);
  return (
    <>
      <TextField label={t('findOrganisation')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <FormSelect
        form={form}
        name={name}
        label={label}
        hint={hint}
        placeholder={t('noOrganisation')}
        options={missing ? [{ value: chosen, label: chosenLabel ?? t('chosenOrganisation') }, ...options] : options}
      />
    </>
  );
}
