import { FormSearchSelect, useSearchTerm, type ApiForm } from '@lr/portal-ui';
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
  const search = useSearchTerm();
  const [{ data }] = useQuery({ query: PlanOrganisationOptionsQuery, variables: { search: search.term || undefined } });
  const options = data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.acronym ? `${e.node.name} (${e.node.acronym})` : e.node.name })) ?? [];
  return (
    <FormSearchSelect
      form={form}
      name={name}
      label={label}
      hint={hint}
      placeholder={t('noOrganisation')}
      searchLabel={t('findOrganisation')}
      search={search}
      options={options}
      chosenLabel={chosenLabel ?? t('chosenOrganisation')}
    />
  );
}
