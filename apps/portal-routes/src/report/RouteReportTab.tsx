import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { RouteReportQuery } from './report-operations';
import { ReportDownloads } from './ReportDownloads';
import { ReportView } from './ReportView';

/** A route's report tab: every module's figures for the route, and its PDF and workbook. */
export function RouteReportTab({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['routes', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RouteReportQuery,
    variables: { routeId },
  });
  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data) {
    return (
      <ErrorPanel
        title={t('common:loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  return (
    <>
      <ReportDownloads kind="routes" id={routeId} />
      <ReportView report={data.routeReport} />
    </>
  );
}
