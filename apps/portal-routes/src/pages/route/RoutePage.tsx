import { RecordPage } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RouteReportTab } from '../../report/RouteReportTab';
import { PhaseBadge } from '../../components/PhaseBadge';
import { useSection } from '../../components/section-context';
import { DeleteRouteMutation, RouteDetailQuery } from '../../graphql/operations';
import { CasesTab } from './CasesTab';
import { ChampionsTab } from './ChampionsTab';
import { MatchingTab } from './MatchingTab';
import { OverviewTab } from './OverviewTab';

/** One route: its header and a tab per part (its phase and details, its cases, their champions, matching practices). */
export function RoutePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['routes', 'common']);
  const { notify } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteDetailQuery, variables: { id } });
  const [, remove] = useMutation(DeleteRouteMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <RecordPage
      record={data && data.route}
      fetching={fetching}
      error={error}
      reload={reload}
      badge={(route) => <PhaseBadge phase={route.phase} />}
      tabsLabel={t('tabsLabel')}
      tabs={[
        { path: '', label: t('tabOverview') },
        { path: 'cases', label: t('tabCases') },
        { path: 'champions', label: t('tabChampions') },
        { path: 'matching', label: t('tabMatching') },
        { path: 'report', label: t('report.tab') },
      ]}
      deleteTitle={t('confirmDeleteRoute')}
      deleteText={(route) => t('confirmDeleteRouteText', { title: route.title })}
      onDelete={async (route) => (await remove({ id: route.id, version: route.version })).error}
      notify={notify}
    >
      {(route) => (
        <Routes>
          <Route index element={<OverviewTab route={route} onChanged={reload} />} />
          <Route path="cases" element={<CasesTab routeId={route.id} />} />
          <Route path="champions" element={<ChampionsTab routeId={route.id} />} />
          <Route path="matching" element={<MatchingTab routeId={route.id} />} />
          <Route path="report" element={<RouteReportTab routeId={route.id} />} />
        </Routes>
      )}
    </RecordPage>
  );
}
