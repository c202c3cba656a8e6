import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import {
  Button,
  ConfirmDialog,
  ConnectionView,
  FilterBar,
  PAGE_SIZE,
  PageHeader,
  useUrlListState,
} from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AdminTabs } from '../components/AdminTabs';
import { programmeDeleteRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { AdminProgrammesQuery, DeleteProgrammeMutation } from '../graphql/operations';

const FILTER_KEYS = ['q'] as const;

interface Doomed {
  id: string;
  version: number;
  name: string;
}

/** Every programme with its figures; each can be edited, or deleted once it has no routes. */
export function ProgrammesPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { basePath, notify } = useSection();
  const format = useFormat();
  const list = useUrlListState(FILTER_KEYS);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AdminProgrammesQuery,
    variables: {
      first: PAGE_SIZE,
      after: list.pages.after,
      filter: { search: list.get('q') || undefined },
    },
    requestPolicy: 'cache-and-network',
  });
  const [deleting, remove] = useMutation(DeleteProgrammeMutation);
  const [doomed, setDoomed] = useState<Doomed | null>(null);
  const [refusal, setRefusal] = useState<string>();

  async function confirmDelete() {
    if (!doomed) return;
    const result = await remove(
      { id: doomed.id, version: doomed.version },
      { additionalTypenames: ['Programme'] },
    );
    if (result.error) return setRefusal(programmeDeleteRefusal(result.error));
    setDoomed(null);
    notify(t('programmeDeleted'), 'success');
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <PageHeader title={t('programmesTitle')} breadcrumbs={[]}>
        <Link className="lr-button lr-button--primary" to={`${basePath}/programmes/new`}>
          {t('createProgramme')}
        </Link>
      </PageHeader>
      <AdminTabs />
      <FilterBar
        search={list.get('q')}
        onSearch={(v) => list.set('q', v)}
        onClear={list.filtered ? list.clear : undefined}
      />
      <ConnectionView
        connection={data?.programmes}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('programmesTitle')}
        rowKey={(p) => p.id}
        empty={<p>{t('common:noMatches')}</p>}
        columns={[
          {
            key: 'name',
            header: t('name'),
            render: (p) => <Link to={`${basePath}/programmes/${p.id}`}>{p.name}</Link>,
          },
          {
            key: 'dates',
            header: t('dates'),
            render: (p) => format.dateRange(p.startDate, p.endDate),
          },
          { key: 'funder', header: t('funder'), render: (p) => p.funder?.name ?? '—' },
          { key: 'budget', header: t('budget'), render: (p) => format.money(p.budget) },
          { key: 'days', header: t('maxRouteDays'), render: (p) => format.number(p.maxRouteDays) },
          {
            key: 'actions',
            header: t('actions'),
            render: (p) => (
              <span className="admin-row-actions">
                <Link
                  className="lr-button"
                  to={`${basePath}/programmes/${p.id}`}
                  aria-label={`${t('edit')}: ${p.name}`}
                >
                  {t('edit')}
                </Link>
                <Button
                  variant="danger"
                  aria-label={`${t('delete')}: ${p.name}`}
                  onClick={() => {
                    setRefusal(undefined);
                    setDoomed({ id: p.id, version: p.version, name: p.name });
                  }}
                >
                  {t('delete')}
                </Button>
              </span>
            ),
          },
        ]}
      />
      <ConfirmDialog
        open={!!doomed}
        danger
        title={t('deleteProgrammeTitle', { name: doomed?.name ?? '' })}
        confirmLabel={t('delete')}
        busy={deleting.fetching}
        error={refusal}
        onConfirm={confirmDelete}
        onCancel={() => setDoomed(null)}
      >
        <p>{t('deleteProgrammeBody')}</p>
      </ConfirmDialog>
    </>
  );
}
