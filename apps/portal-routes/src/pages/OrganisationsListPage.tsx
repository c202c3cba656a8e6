import { errorMessage } from '@lr/portal-graphql';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState, type SortState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { OrganisationSortField, OrganisationType } from '../graphql/generated/graphql';
import { OrganisationsListQuery } from '../graphql/operations';

export const ORGANISATION_TYPES: OrganisationType[] = ['GOVERNMENT', 'CIVIL_SOCIETY_ALLIANCE', 'NGO', 'UN_AGENCY', 'DONOR', 'BUSINESS', 'ACADEMIA', 'FACILITATOR'];

const FILTER_KEYS = ['q', 'type'] as const;
const SORT_FIELDS: Record<string, OrganisationSortField> = { name: 'NAME', type: 'TYPE', created: 'CREATED_AT' };
const DEFAULT_SORT: SortState = { key: 'name', direction: 'ASC' };

/** Organisations with search (accents and case ignored), a type filter and sorting, all kept in the address. */
export function OrganisationsListPage() {
  const { t } = useTranslation(['routes', 'common']);
  const section = useSection();
  const { canEdit } = section;
  const list = useUrlListState(FILTER_KEYS, DEFAULT_SORT);
  const sort = list.sort ?? DEFAULT_SORT;
  const type = list.get('type');
  const search = list.get('q');
  const filter = useMemo(() => ({ search: search || undefined, types: type ? [type as OrganisationType] : undefined }), [search, type]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationsListQuery,
    variables: { first: PAGE_SIZE, after: list.pages.after, filter, sort: { field: SORT_FIELDS[sort.key] ?? 'NAME', direction: sort.direction } },
  });
  return (
    <>
      <PageHeader title={t('organisationsTitle')} breadcrumbs={[]}>
        <ExportCsvButton section={section} path="/core/organisations.csv" filters={filter} fileName="organisations.csv" />
        {canEdit && (
          <Link className="lr-button lr-button--primary" to="new">
            {t('newOrganisation')}
          </Link>
        )}
      </PageHeader>
      <FilterBar search={search} onSearch={(v) => list.set('q', v)} onClear={list.filtered ? list.clear : undefined}>
        <SelectField
          label={t('type')}
          value={type}
          onChange={(e) => list.set('type', e.target.value)}
          placeholder={t('common:any')}
          options={ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`organisationTypes.${o}`) }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.organisations}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('organisationsTitle')}
        rowKey={(o) => o.id}
        sort={sort}
        onSortChange={list.setSort}
        empty={
          <>
            <p>{t('common:noMatches')}</p>
            <p>{t('common:noMatchesHint')}</p>
          </>
        }
        columns={[
          { key: 'name', header: t('name'), sortable: true, render: (o) => (canEdit ? <Link to={`${o.id}/edit`}>{o.name}</Link> : o.name) },
          { key: 'acronym', header: t('acronym'), render: (o) => o.acronym ?? '—' },
          { key: 'type', header: t('type'), sortable: true, render: (o) => t(`organisationTypes.${o.type}`) },
          { key: 'country', header: t('country'), render: (o) => o.country?.name ?? '—' },
          {
            key: 'website',
            header: t('website'),
            render: (o) =>
              o.website ? (
                <a href={o.website} target="_blank" rel="noreferrer noopener">
                  {o.website.replace(/^https?:\/\//, '')}
                </a>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}
