import { FormSearchSelect, useSearchTerm, type ApiForm } from '@lr/portal-ui';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { StoryOrganisationOptionsQuery, StoryPracticeOptionsQuery } from '../graphql/operations';

interface PickerProps<Values extends FieldValues> {
  form: ApiForm<Values>;
  name: FieldPath<Values>;
  /** The name of the record chosen when the form opened (a search may not list it). */
  chosenLabel?: string;
}

/** The practice a story is about, found by typing part of its title. */
export function PracticePicker<Values extends FieldValues>({
  form,
  name,
  chosenLabel,
}: PickerProps<Values>) {
  const { t } = useTranslation(['follow-up', 'common']);
  const search = useSearchTerm();
  const [{ data }] = useQuery({
    query: StoryPracticeOptionsQuery,
    variables: { search: search.term || undefined },
  });
  const options =
    data?.practices.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? [];
  const total = data?.practices.totalCount ?? 0;
  return (
    <FormSearchSelect
      form={form}
      name={name}
      rules={{ required: t('common:required') }}
      label={t('practice')}
      required
      placeholder={t('common:choose')}
      searchLabel={t('findPractice')}
      searchHint={t('findPracticeHint')}
      search={search}
      options={options}
      chosenLabel={chosenLabel}
      more={total > options.length ? t('moreFound', { shown: options.length, total }) : undefined}
    />
  );
}

/** The organisation that adapted the practice (optional), found by name or acronym. */
export function OrganisationPicker<Values extends FieldValues>({
  form,
  name,
  chosenLabel,
}: PickerProps<Values>) {
  const { t } = useTranslation(['follow-up', 'common']);
  const search = useSearchTerm();
  const [{ data }] = useQuery({
    query: StoryOrganisationOptionsQuery,
    variables: { search: search.term || undefined },
  });
  const options =
    data?.organisations.edges.map((e) => ({
      value: e.node.id,
      label: e.node.acronym ? `${e.node.name} (${e.node.acronym})` : e.node.name,
    })) ?? [];
  const total = data?.organisations.totalCount ?? 0;
  return (
    <FormSearchSelect
      form={form}
      name={name}
      label={t('adaptedBy')}
      placeholder={t('common:choose')}
      searchLabel={t('findOrganisation')}
      searchHint={t('findOrganisationHint')}
      search={search}
      options={options}
      chosenLabel={chosenLabel}
      more={total > options.length ? t('moreFound', { shown: options.length, total }) : undefined}
    />
  );
}
