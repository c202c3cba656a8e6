import { errorMessage } from '@lr/portal-graphql';
import { ConnectionView, FilterBar, PAGE_SIZE, SelectField, useCursorPages } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { OrganisationType } from '../graphql/generated/graphql';
import { OrganisationsListQuery } from '../graphql/operations';

export const ORGANISATION_TYPES: OrganisationType[] = [
  'GOVERNMENT',
  'CIVIL_SOCIETY_ALLIANCE',
  'NGO',
  'UN_AGENCY',
  'DONOR',
  'BUSINESS',
  'ACADEMIA',
  'FACILITATOR',
];

export function OrganisationsListPage() {
  const { t } = useTranslation(['routes', 'common']);
  const { canEdit } = useSection();
  const [search, setSearch] = useState('');
  const [type, setType] = useState('');
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OrganisationsListQuery,
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter: { search: search || undefined, types: type ? [type as OrganisationType] : undefined },
    },
  });
  return (
    <>
      <div className="lr-toolbar">
        <h1>{t('organisationsTitle')}</h1>
        {canEdit && (
          <Link className="lr-button lr-button--primary" to="new">
            {t('newOrganisation')}
          </Link>
        )}
      </div>
      <FilterBar
        search={search}
        onSearch={(v) => (pages.reset(), setSearch(v))}
        onClear={search || type ? () => (pages.reset(), setSearch(''), setType('')) : undefined}
      >
        <SelectField
          label={t('type')}
          value={type}
          onChange={(e) => (pages.reset(), setType(e.target.value))}
          placeholder={t('common:any')}
          options={ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`organisationTypes.${o}`) }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.organisations}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('organisationsTitle')}
        rowKey={(o) => o.id}
        empty={
          <>
            <p>{t('common:noMatches')}</p>
            <p>{t('common:noMatchesHint')}</p>
          </>
        }
        columns={[
          { key: 'name', header: t('name'), render: (o) => (canEdit ? <Link to={`${o.id}/edit`}>{o.name}</Link> : o.name) },
          { key: 'acronym', header: t('acronym'), render: (o) => o.acronym ?? '—' },
          { key: 'type', header: t('type'), render: (o) => t(`organisationTypes.${o.type}`) },
          { key: 'country', header: t('country'), render: (o) => o.country?.name ?? '—' },
        ]}
      />
    </>
  );
}
