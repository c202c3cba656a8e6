import { errorMessage } from '@lr/portal-graphql';
import { ConnectionView, PAGE_SIZE, PageHeader, useUrlListState } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { formatScore } from '../components/format';
import { StatusBadge } from '../components/StatusBadge';
import { MyAssessmentsQuery } from '../graphql/operations';

/** The assessments the signed-in reviewer is assigned to. */
export function MyAssessmentsPage() {
  const { t } = useTranslation(['practices', 'common']);
  const { basePath, language } = useSection();
  const { pages } = useUrlListState([]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MyAssessmentsQuery,
    variables: { first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title={t('myAssessmentsTitle')} breadcrumbs={[]} />
      <ConnectionView
          connection={data?.myAssessments}
          fetching={fetching}
          error={errorMessage(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
          pages={pages}
          pageSize={PAGE_SIZE}
          caption={t('myAssessmentsTitle')}
          rowKey={(a) => a.id}
          empty={<p>{t('noMyAssessments')}</p>}
          columns={[
            {
              key: 'practice',
              header: t('practice'),
              render: (a) => <Link to={`${basePath}/${a.practice.id}`}>{a.practice.title}</Link>,
            },
            { key: 'country', header: t('country'), render: (a) => a.practice.country.name },
            { key: 'practiceStatus', header: t('status'), render: (a) => <StatusBadge status={a.practice.status} /> },
            {
              key: 'assessment',
              header: t('tabAssessments'),
              render: (a) => (
                <Link to={`${basePath}/assessments/${a.id}`}>
                  {t(a.status === 'DRAFT' ? 'fillIn' : 'viewAssessment')} (
                  {t(`assessmentStatuses.${a.status}`)})
                </Link>
              ),
            },
            {
              key: 'score',
              header: t('score'),
              render: (a) => (a.score === null || a.score === undefined ? '—' : formatScore(a.score, language)),
            },
          ]}
        />
    </>
  );
}
