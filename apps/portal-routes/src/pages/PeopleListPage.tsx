import { errorMessage } from '@lr/portal-graphql';
import { DataTable, ErrorPanel, FilterBar, SelectField, useCursorPages } from '@lr/portal-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ListFooter, PAGE_SIZE } from '../components/ListFooter';
import { useSection } from '../components/section-context';
import { useCountries } from '../components/use-countries';
import { PeopleListQuery } from '../graphql/operations';

export function PeopleListPage() {
  const { t, language, canEdit } = useSection();
  const [search, setSearch] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const pages = useCursorPages();
  const countries = useCountries(language);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PeopleListQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter: { search: search || undefined, countryCode: countryCode || undefined } },
  });
  return (
    <>
      <div className="lr-toolbar">
        <h1>{t('peopleTitle')}</h1>
        {canEdit && (
          <Link className="lr-button lr-button--primary" to="new">
            {t('newPerson')}
          </Link>
        )}
      </div>
      <FilterBar
        search={search}
        onSearch={(v) => (pages.reset(), setSearch(v))}
        searchLabel={t('search')}
        clearLabel={t('clearFilters')}
        onClear={search || countryCode ? () => (pages.reset(), setSearch(''), setCountryCode('')) : undefined}
      >
        <SelectField
          label={t('country')}
          value={countryCode}
          onChange={(e) => (pages.reset(), setCountryCode(e.target.value))}
          placeholder={t('any')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      </FilterBar>
      {error ? (
        <ErrorPanel title={t('loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : (
        <>
          <DataTable
            caption={t('peopleTitle')}
            loading={fetching}
            rows={data?.people.edges.map((e) => e.node)}
            rowKey={(p) => p.id}
            empty={<p>{t('noPeople')}</p>}
            columns={[
              { key: 'name', header: t('name'), render: (p) => (canEdit ? <Link to={`${p.id}/edit`}>{p.fullName}</Link> : p.fullName) },
              { key: 'organisation', header: t('organisation'), render: (p) => p.organisation?.name ?? '—' },
              { key: 'country', header: t('country'), render: (p) => p.country?.name ?? '—' },
              { key: 'position', header: t('position'), render: (p) => p.position ?? '—' },
              { key: 'email', header: t('email'), render: (p) => p.email ?? '—' },
              { key: 'languages', header: t('languages'), render: (p) => p.languages.join(', ') },
            ]}
          />
          {data && (
            <ListFooter
              totalCount={data.people.totalCount}
              page={pages.page}
              hasNextPage={data.people.pageInfo.hasNextPage}
              onPrevious={pages.previous}
              onNext={() => pages.next(data.people.pageInfo.endCursor ?? null)}
            />
          )}
        </>
      )}
    </>
  );
}
