import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, useUrlListState } from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { RouteStaysQuery as StaysResult } from '../../graphql/generated/graphql';
import { RemoveStayMutation, RouteStaysQuery } from '../../graphql/operations';

type Stay = StaysResult['stays']['edges'][number]['node'];

/** Every stay of the route, searchable (person, room, venue) and paged; editors remove one after confirming. */
export function StaysTable({ routeId, onChanged }: { routeId: string; onChanged(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { canEdit, notify } = section;
  const format = useFormat();
  const list = useUrlListState(['q'], undefined, { prefix: 'stays' });
  const filter = useMemo(() => ({ routeId, search: list.get('q') || undefined }), [routeId, list]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteStaysQuery, variables: { first: PAGE_SIZE, after: list.pages.after, filter } });
  const [, remove] = useMutation(RemoveStayMutation);
  const [toRemove, setToRemove] = useState<Stay | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function removeStay() {
    if (!toRemove) return;
    const result = await remove({ id: toRemove.id, version: toRemove.version });
    if (result.error) return setRemoveError(actionRefusal(result.error));
    notify(t('stayRemoved', { name: toRemove.person?.fullName ?? '' }), 'success');
    setToRemove(null);
    reload();
    onChanged();
  }

  const where = (s: Stay) => (s.room ? `${s.room.venue?.name ?? ''} · ${s.room.name}` : '—');
  return (
    <section aria-labelledby="stays-heading">
      <h2 id="stays-heading">{t('staysTitle')}</h2>
      <ExportCsvButton section={section} path="/logistics/stays.csv" filters={filter} fileName="stays.csv" />
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchStays')} onClear={list.filtered ? list.clear : undefined} />
      <ConnectionView
        connection={data?.stays}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={reload}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('staysTitle')}
        rowKey={(s) => s.id}
        empty={list.filtered ? <p>{t('common:noMatches')}</p> : <p>{canEdit ? t('noStaysHint') : t('noStays')}</p>}
        columns={[
          { key: 'person', header: t('name'), render: (s: Stay) => s.person?.fullName ?? '—' },
          { key: 'room', header: t('room'), render: where },
          { key: 'dates', header: t('stayDates'), render: (s: Stay) => t('stayNights', { dates: format.dateRange(s.checkIn, s.checkOut), count: s.nights }) },
          { key: 'cost', header: t('cost'), render: (s: Stay) => format.money(s.cost) },
          ...(canEdit
            ? [
                {
                  key: 'remove',
                  header: t('removeStay'),
                  render: (s: Stay) => (
                    <Button variant="danger" onClick={() => (setRemoveError(undefined), setToRemove(s))} aria-label={t('removeStayOf', { name: s.person?.fullName ?? '' })}>
                      {t('removeStay')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ConfirmDialog
        open={!!toRemove}
        title={t('confirmRemoveStay')}
        confirmLabel={t('removeStay')}
        danger
        error={removeError}
        onConfirm={removeStay}
        onCancel={() => setToRemove(null)}
      >
        <p>{toRemove ? t('confirmRemoveStayText', { name: toRemove.person?.fullName ?? '', room: where(toRemove), dates: format.dateRange(toRemove.checkIn, toRemove.checkOut) }) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
