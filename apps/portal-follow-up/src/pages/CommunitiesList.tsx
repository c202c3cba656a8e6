import { errorMessage } from '@lr/portal-graphql';
import { Button, ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, useUrlListState } from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { CommunitiesOfPracticeQuery } from '../graphql/operations';
import { CommunityForm, type EditedCommunity } from './CommunityForm';

const KEYS = ['q'] as const;

/** Communities of practice that grew from the route (or from any), added and changed by editors. */
export function CommunitiesList({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const section = useSection();
  const { canEdit } = section;
  const list = useUrlListState(KEYS, undefined, { prefix: 'c' });
  const search = list.get('q');
  const filter = useMemo(() => ({ routeId: routeId || undefined, search: search || undefined }), [search, routeId]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: CommunitiesOfPracticeQuery, variables: { first: PAGE_SIZE, after: list.pages.after, filter } });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  type Row = NonNullable<typeof data>['communitiesOfPractice']['edges'][number]['node'];
  const [editing, setEditing] = useState<EditedCommunity | 'new' | null>(null);
  const done = () => (setEditing(null), refresh());

  return (
    <section aria-labelledby="communities-heading">
      <h2 id="communities-heading">{t('communities')}</h2>
      {canEdit && editing === null && <Button onClick={() => setEditing('new')}>{t('newCommunity')}</Button>}
      {editing && (
        <CommunityForm key={editing === 'new' ? 'new' : editing.id} routeId={routeId} community={editing === 'new' ? undefined : editing} onDone={done} onCancel={() => setEditing(null)} />
      )}
      <ExportCsvButton section={section} path="/follow-up/communities.csv" filters={filter} fileName="communities.csv" label={t('exportCommunities')} />
      <FilterBar search={search} onSearch={(v) => list.set('q', v)} searchLabel={t('searchCommunities')} onClear={list.filtered ? list.clear : undefined} />
      <ConnectionView
        connection={data?.communitiesOfPractice}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={refresh}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('communities')}
        rowKey={(c) => c.id}
        empty={<p>{list.filtered ? t('common:noMatches') : t('noCommunities')}</p>}
        columns={[
          {
            key: 'name',
            header: t('communityName'),
            render: (c) => (
              <>
                <strong>{c.url ? <a href={c.url}>{c.name}</a> : c.name}</strong>
                {c.description && <p className="lr-follow-up-muted">{c.description}</p>}
              </>
            ),
          },
          { key: 'routes', header: t('grewFrom'), render: (c) => c.routes.map((r) => r.title).join(', ') || '—' },
          { key: 'members', header: t('memberCount'), render: (c) => c.memberCount ?? '—' },
          { key: 'started', header: t('startedOn'), render: (c) => c.startedOn ?? '—' },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  header: t('actions'),
                  render: (c: Row) => (
                    <Button variant="link" onClick={() => setEditing(c)} aria-label={t('editCommunityOf', { name: c.name })}>
                      {t('edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
