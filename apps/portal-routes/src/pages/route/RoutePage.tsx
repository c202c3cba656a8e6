import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton, TabLinks } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
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
  const { canEdit, notify, basePath } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteDetailQuery, variables: { id } });
  const [, remove] = useMutation(DeleteRouteMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.route) {
    return (
      <>
        <PageHeader title={t('common:loadFailed')} breadcrumbs={[]} />
        <ErrorPanel title={errorCode(error) === 'NOT_FOUND' ? t('common:notFound') : t('common:loadFailed')} onRetry={reload}>
          {errorCode(error) !== 'NOT_FOUND' && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const route = data.route;
  const here = `${basePath}/${route.id}`;

  async function deleteRoute() {
    const result = await remove({ id: route.id, version: route.version });
    if (result.error) return setDeleteError(errorMessage(result.error));
    setConfirmDelete(false);
    notify(t('common:deleted'), 'success');
    navigate(basePath);
  }

  return (
    <>
      <PageHeader title={route.title} breadcrumbs={[]} badge={<PhaseBadge phase={route.phase} />}>
        {canEdit && (
          <>
            <Link className="lr-button" to={`${here}/edit`}>
              {t('common:edit')}
            </Link>
            <Button variant="danger" onClick={() => (setDeleteError(undefined), setConfirmDelete(true))}>
              {t('common:delete')}
            </Button>
          </>
        )}
      </PageHeader>
      <TabLinks
        label={t('tabsLabel')}
        tabs={[
          { to: here, label: t('tabOverview') },
          { to: `${here}/cases`, label: t('tabCases') },
          { to: `${here}/champions`, label: t('tabChampions') },
          { to: `${here}/matching`, label: t('tabMatching') },
          { to: `${here}/report`, label: t('report.tab') },
        ]}
      />
      <Routes>
        <Route index element={<OverviewTab route={route} onChanged={reload} />} />
        <Route path="cases" element={<CasesTab routeId={route.id} />} />
        <Route path="champions" element={<ChampionsTab routeId={route.id} />} />
        <Route path="matching" element={<MatchingTab routeId={route.id} />} />
        <Route path="report" element={<RouteReportTab routeId={route.id} />} />
      </Routes>
      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeleteRoute')}
        confirmLabel={t('common:delete')}
        danger
        error={deleteError}
        onConfirm={deleteRoute}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeleteRouteText', { title: route.title })}</p>
      </ConfirmDialog>
    </>
  );
}
