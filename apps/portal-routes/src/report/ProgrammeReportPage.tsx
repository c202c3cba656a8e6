import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { ProgrammeReportQuery } from './report-operations';
import { ReportDownloads } from './ReportDownloads';
import { ReportView } from './ReportView';

/** A programme's report: its routes' figures added up, each route linking to its own report, and the downloads. */
export function ProgrammeReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['routes', 'common']);
  const { basePath } = useSection();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgrammeReportQuery,
    variables: { programmeId: id },
  });
  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data) {
    return (
      <>
        <PageHeader title={t('common:loadFailed')} breadcrumbs={[]} />
        <ErrorPanel
          title={t('common:loadFailed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        >
          {errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const report = data.programmeReport;
  return (
    <>
      <PageHeader
        title={t('report.programmeTitle', { name: report.programme.name })}
        breadcrumbs={[{ label: t('navProgrammes'), to: `${basePath}/programmes` }]}
      />
      <ReportDownloads kind="programmes" id={id} />
      <section className="lr-card" aria-labelledby="report-routes">
        <h3 id="report-routes">{t('report.routes')}</h3>
        <ul className="lr-report__list">
          {report.routes.map((r) => (
            <li key={r.route.id}>
              <Link to={`${basePath}/${r.route.id}/report`}>{r.route.title}</Link> ·{' '}
              {t('report.participants')} {format.number(r.participation.participants)} ·{' '}
              {t('report.plansTotal')} {format.number(r.plans.total)} ·{' '}
              {t('report.indicatorsTotal')} {format.number(r.indicators.total)}
            </li>
          ))}
        </ul>
      </section>
      <ReportView report={report} />
    </>
  );
}
