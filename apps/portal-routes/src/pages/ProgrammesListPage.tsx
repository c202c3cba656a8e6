import { errorMessage } from '@lr/portal-graphql';
import { ConnectionView, FilterBar, PAGE_SIZE, useCursorPages } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { ProgrammesListQuery } from '../graphql/operations';

export function ProgrammesListPage() {
  const { t } = useTranslation(['routes', 'common']);
  const { language } = useSection();
  const [search, setSearch] = useState('');
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ProgrammesListQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter: { search: search || undefined } },
  });
  const money = (m: { amount: string; currency: string } | null | undefined) =>
    m ? new Intl.NumberFormat(language, { style: 'currency', currency: m.currency }).format(Number(m.amount)) : '—';
  return (
    <>
      <h1>{t('programmesTitle')}</h1>
      <FilterBar search={search} onSearch={(v) => (pages.reset(), setSearch(v))} />
      <ConnectionView
        connection={data?.programmes}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
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
          { key: 'name', header: t('name'), render: (p) => <Link to={`/routes?programme=${p.id}`}>{p.name}</Link> },
          { key: 'dates', header: t('dates'), render: (p) => `${p.startDate ?? '…'} – ${p.endDate ?? '…'}` },
          { key: 'funder', header: t('funder'), render: (p) => p.funder?.name ?? '—' },
          { key: 'budget', header: t('budget'), render: (p) => money(p.budget) },
          { key: 'routes', header: t('routes'), render: (p) => t('routeCount', { count: p.routes.length }) },
        ]}
      />
    </>
  );
}
