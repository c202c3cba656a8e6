import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, useUrlListState } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { ProgrammesListQuery } from '../graphql/operations';

const FILTER_KEYS = ['q'] as const;

/** Programmes, newest first, each leading to its routes; search and page kept in the address. */
export function ProgrammesListPage() {
  const { t } = useTranslation(['routes', 'common']);
  const section = useSection();
  const { basePath } = section;
  const format = useFormat();
  const list = useUrlListState(FILTER_KEYS);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgrammesListQuery,
    variables: { first: PAGE_SIZE, after: list.pages.after, filter: { search: list.get('q') || undefined } },
  });
  return (
    <>
      <PageHeader title={t('programmesTitle')} breadcrumbs={[]}>
        <ExportCsvButton section={section} path="/core/programmes.csv" filters={{ search: list.get('q') }} fileName="programmes.csv" />
      </PageHeader>
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} onClear={list.filtered ? list.clear : undefined} />
      <ConnectionView
        connection={data?.programmes}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('programmesTitle')}
        rowKey={(p) => p.id}
        empty={
          <>
            <p>{t('common:noMatches')}</p>
            <p>{t('common:noMatchesHint')}</p>
          </>
        }
        columns={[
          { key: 'name', header: t('name'), render: (p) => <Link to={`${basePath}?programme=${p.id}`}>{p.name}</Link> },
          { key: 'dates', header: t('dates'), render: (p) => format.dateRange(p.startDate, p.endDate) },
          { key: 'funder', header: t('funder'), render: (p) => p.funder?.name ?? '—' },
          { key: 'budget', header: t('budget'), render: (p) => format.money(p.budget) },
          { key: 'routes', header: t('routes'), render: (p) => t('routeCount', { count: p.routes.length }) },
          { key: 'report', header: t('report.link'), render: (p) => <Link to={`${basePath}/programmes/${p.id}/report`} aria-label={t('report.programmeTitle', { name: p.name })}>{t('report.link')}</Link> },
        ]}
      />
    </>
  );
}
