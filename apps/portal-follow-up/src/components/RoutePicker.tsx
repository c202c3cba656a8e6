import { SelectField } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FollowUpRouteOptionsQuery } from '../graphql/operations';

/** Picks the route a list shows (blank: every route). */
export function RoutePicker({ routeId, onChange, label, placeholder }: { routeId: string; onChange(id: string): void; label?: string; placeholder?: string }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const [{ data }] = useQuery({ query: FollowUpRouteOptionsQuery });
  const routes = data?.routes.edges.map((e) => e.node) ?? [];
  // A remembered route the list does not hold (yet) stays chosen rather than blank.
  const options = routes.map((r) => ({ value: r.id, label: r.title }));
  if (routeId && routes.length && !routes.some((r) => r.id === routeId)) options.unshift({ value: routeId, label: t('unknownRoute') });
  return (
    <SelectField
      label={label ?? t('route')}
      value={routeId}
      onChange={(e) => onChange(e.target.value)}
      placeholder={placeholder ?? t('allRoutes')}
      options={options}
    />
  );
}
