import { SelectField } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ActionPlansRouteOptionsQuery, MyPlanParticipationsQuery } from '../graphql/operations';
import { useSection } from './section-context';

/**
 * The learning routes to choose from: every route (the first hundred) for staff, the routes a
 * participant takes part in for them (the only ones whose plans they read).
 */
export function useRouteOptions(): { id: string; title: string }[] {
  const { user } = useSection();
  const participant = user.role === 'PARTICIPANT';
  const [{ data: all }] = useQuery({ query: ActionPlansRouteOptionsQuery, pause: participant });
  const [{ data: mine }] = useQuery({ query: MyPlanParticipationsQuery, pause: !participant });
  if (participant) {
    const seen = new Map<string, string>();
    for (const p of mine?.myParticipations ?? []) if (p.route) seen.set(p.route.id, p.route.title);
    return [...seen.entries()].map(([id, title]) => ({ id, title }));
  }
  return all?.routes.edges.map((e) => e.node) ?? [];
}

/** Picks the route the page works on. */
export function RoutePicker({ routeId, onChange }: { routeId: string; onChange(id: string): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const routes = useRouteOptions();
  // A remembered route the list does not hold (yet) stays chosen rather than blank.
  const options = routes.map((r) => ({ value: r.id, label: r.title }));
  if (routeId && routes.length && !routes.some((r) => r.id === routeId)) options.unshift({ value: routeId, label: t('unknownRoute') });
  return <SelectField label={t('route')} value={routeId} onChange={(e) => onChange(e.target.value)} placeholder={t('common:choose')} options={options} />;
}
