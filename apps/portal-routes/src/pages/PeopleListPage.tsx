import { errorMessage, useCountries } from '@lr/portal-graphql';
import { ConnectionView, FilterBar, PAGE_SIZE, SelectField, useCursorPages } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { PeopleListQuery } from '../graphql/operations';

export function PeopleListPage() {
  const { t } = useTranslation(['routes', 'common']);
  const { language, canEdit } = useSection();
  const [search, setSearch] = useState('');
  const [countryCode, setCountryCode] = useState('');
  const pages = useCursorPages();
  const countries = useCountries(language);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PeopleListQuery,
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter: { search: search || undefined, countryCode: countryCode || undefined },
    },
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
        onClear={search || countryCode ? () => (pages.reset(), setSearch(''), setCountryCode('')) : undefined}
      >
        <SelectField
          label={t('country')}
          value={countryCode}
          onChange={(e) => (pages.reset(), setCountryCode(e.target.value))}
          placeholder={t('common:any')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.people}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('peopleTitle')}
        rowKey={(p) => p.id}
        empty={
          <>
            <p>{t('common:noMatches')}</p>
            <p>{t('common:noMatchesHint')}</p>
          </>
        }
        columns={[
          { key: 'name', header: t('name'), render: (p) => (canEdit ? <Link to={`${p.id}/edit`}>{p.fullName}</Link> : p.fullName) },
          { key: 'organisation', header: t('organisation'), render: (p) => p.organisation?.name ?? '—' },
          { key: 'country', header: t('country'), render: (p) => p.country?.name ?? '—' },
          { key: 'position', header: t('position'), render: (p) => p.position ?? '—' },
          { key: 'email', header: t('common:email'), render: (p) => p.email ?? '—' },
          { key: 'languages', header: t('languages'), render: (p) => p.languages.join(', ') },
        ]}
      />
    </>
  );
}
