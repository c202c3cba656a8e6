import { SelectField } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LogisticsRouteOptionsQuery } from '../graphql/operations';

/** The learning routes to choose from (the first hundred); shared by every page that works on one route. */
export function useRouteOptions() {
  const [{ data }] = useQuery({ query: LogisticsRouteOptionsQuery });
  return data?.routes.edges.map((e) => e.node) ?? [];
}

/** Picks the route the page works on. */
export function RoutePicker({ routeId, onChange }: { routeId: string; onChange(id: string): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const routes = useRouteOptions();
  // A remembered route the list does not hold (yet) stays chosen rather than blank.
  const options = routes.map((r) => ({ value: r.id, label: r.title }));
  if (routeId && routes.length && !routes.some((r) => r.id === routeId)) options.unshift({ value: routeId, label: t('unknownRoute') });
  return <SelectField label={t('route')} value={routeId} onChange={(e) => onChange(e.target.value)} placeholder={t('common:choose')} options={options} />;
}

/** The route picker in its bar, as every page of the section starts. */
export function RouteBar({ routeId, onChange }: { routeId: string; onChange(id: string): void }) {
  return (
    <div className="lr-filterbar lr-logistics-routebar">
      <RoutePicker routeId={routeId} onChange={onChange} />
    </div>
  );
}
