import { FormSelect, type ApiForm } from '@lr/portal-ui';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RouteTravellerOptionsQuery } from '../graphql/operations';

/** Picks someone travelling on the route (its travellers, by name): rooms and stays are for them. */
export function PersonOnRoute<Values extends FieldValues>({ form, name, routeId, label, required }: { form: ApiForm<Values>; name: FieldPath<Values>; routeId: string; label: string; required: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const [{ data }] = useQuery({ query: RouteTravellerOptionsQuery, variables: { routeId } });
  const options = data?.travellers.edges.map((e) => ({ value: e.node.personId, label: e.node.person?.fullName ?? e.node.personId })) ?? [];
  return (
    <FormSelect
      form={form}
      name={name}
      rules={{ required }}
      label={label}
      hint={data && data.travellers.totalCount === 0 ? t('noTravellersForStay') : t('personOnRouteHint')}
      required
      placeholder={t('common:choose')}
      options={options}
    />
  );
}
