import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ConnectionView, ErrorPanel, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AccountBadge, BULK_MOVES, SECTORS, STATUSES, StatusBadge } from '../components/labels';
import { bulkFailures, failureReason, isRouteClosed } from '../components/refusals';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { ParticipantsListQuery as ListResult, Sector, SelectionStatus } from '../graphql/generated/graphql';
import { DecideParticipantsMutation, DelegationOptionsQuery, ParticipantsListQuery } from '../graphql/operations';
import { BulkInvite } from './BulkInvite';

const FILTER_KEYS = ['q', 'delegation', 'status', 'sector', 'arrived'] as const;

type Row = ListResult['participants']['edges'][number]['node'];
type BulkMove = (typeof BULK_MOVES)[number];

/** What the last bulk decision the API refused left to show: every participant it could not move, and why. */
interface Refusal {
  to: BulkMove;
  total: number;
  reasons: Map<string, { name: string; reason: string }>;
}

/**
 * Participants with filters kept in the address (route, delegation, status chips, sector,
 * arrival, name), and for editors a choice of rows to select, waitlist, decline or invite to the
 * portal at once: all or nothing, and when the API refuses a decision, each refused row says why
 * and nothing has changed.
 */
export function ParticipantsListPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, basePath, notify } = useSection();
  const format = useFormat();
  const { routeId, choose } = useChosenRoute();
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;
  const statuses = useMemo(
    () => (params.get('status') ?? '').split(',').filter((s): s is SelectionStatus => (STATUSES as readonly string[]).includes(s)),
    [params],
  );

  const filter = useMemo(() => {
    const arrived = params.get('arrived');
    return {
      routeId: routeId || undefined,
      delegationId: (routeId && params.get('delegation')) || undefined,
      statuses: statuses.length ? statuses : undefined,
      sector: (params.get('sector') as Sector) || undefined,
      checkedIn: arrived === 'yes' ? true : arrived === 'no' ? false : undefined,
      search: params.get('q') || undefined,
    };
  }, [params, routeId, statuses]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ParticipantsListQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const [{ data: delegations }] = useQuery({ query: DelegationOptionsQuery, variables: { routeId }, pause: !routeId });
  const [, decide] = useMutation(DecideParticipantsMutation);
  const rows = useMemo(() => data?.participants.edges.map((e) => e.node) ?? [], [data]);

  // The rows chosen for a bulk decision, with the version each was read at.
  const [chosen, setChosen] = useState<Map<string, Row>>(new Map());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<BulkMove | null>(null);
  const [dialogError, setDialogError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // Another page or other filters: a new choice.
  const listKey = JSON.stringify([filter, pages.after]);
  useEffect(() => {
    setChosen(new Map());
    setRefusal(null);
  }, [listKey]);
  // Rows read again keep their choice, at the version now read.
  useEffect(() => {
    setChosen((before) => (before.size ? new Map(rows.filter((r) => before.has(r.id)).map((r) => [r.id, r])) : before));
  }, [rows]);

  const toggle = (row: Row, on: boolean) =>
    setChosen((before) => {
      const next = new Map(before);
      if (on) next.set(row.id, row);
      else next.delete(row.id);
      return next;
    });
  const allChosen = rows.length > 0 && rows.every((r) => chosen.has(r.id));
  const statusName = (s: SelectionStatus) => t(`statuses.${s}`);

  function toggleStatus(status: SelectionStatus, on: boolean) {
    const next = on ? [...statuses, status] : statuses.filter((s) => s !== status);
    list.set('status', STATUSES.filter((s) => next.includes(s)).join(','));
  }

  async function runBulk(reason: string) {
    if (!pending) return;
    const to = pending;
    const batch = [...chosen.values()];
    setBusy(true);
    setDialogError(undefined);
    const result = await decide({ input: { participants: batch.map((r) => ({ id: r.id, version: r.version })), to, reason: reason || undefined } });
    setBusy(false);
    if (result.error) {
      const failures = bulkFailures(result.error);
      if (!failures) return setDialogError(isRouteClosed(result.error) ? t('routeClosed') : errorMessage(result.error));
      const reasons = new Map(
        failures.map((f) => {
          const row = batch.find((r) => r.id === f.id);
          return [f.id, { name: row?.person?.fullName ?? f.id, reason: failureReason(f, to, row) }];
        }),
      );
      setPending(null);
      setRefusal({ to, total: batch.length, reasons });
      reload();
      return;
    }
    setPending(null);
    setRefusal(null);
    setChosen(new Map());
    notify(t('bulkDone', { count: batch.length, status: statusName(to) }), 'success');
    reload();
  }

  const columns = [
    ...(canEdit
      ? [
          {
            key: 'choose',
            header: t('choose'),
            render: (r: Row) => (
              <label className="lr-delegations-select">
                <input type="checkbox" checked={chosen.has(r.id)} onChange={(e) => toggle(r, e.target.checked)} />
                <span className="lr-visually-hidden">{t('chooseRow', { name: r.person?.fullName ?? r.id })}</span>
              </label>
            ),
          },
        ]
      : []),
    {
      key: 'name',
      header: t('name'),
      render: (r: Row) => {
        const refused = refusal?.reasons.get(r.id);
        return (
          <>
            <Link to={`${basePath}/participants/${r.id}`}>{r.person?.fullName ?? r.id}</Link>
            {refused && <span className="lr-field__error lr-delegations-row-problem">{t('rowRefused', { reason: refused.reason })}</span>}
          </>
        );
      },
    },
    {
      key: 'delegation',
      header: t('delegation'),
      render: (r: Row) => (r.delegation ? <Link to={`${basePath}/${r.delegation.id}`}>{r.delegation.name}</Link> : '—'),
    },
    ...(routeId ? [] : [{ key: 'route', header: t('route'), render: (r: Row) => r.route?.title ?? '—' }]),
    { key: 'sector', header: t('sector'), render: (r: Row) => t(`sectors.${r.sector}`) },
    { key: 'status', header: t('status'), render: (r: Row) => <StatusBadge status={r.status} /> },
    { key: 'arrived', header: t('checkedIn'), render: (r: Row) => (r.checkedInAt ? format.dateTime(r.checkedInAt) : '—') },
    { key: 'account', header: t('portalAccount'), render: (r: Row) => (r.accountStatus ? <AccountBadge status={r.accountStatus} /> : '—') },
  ];

  return (
    <>
      <PageHeader title={t('participantsTitle')} breadcrumbs={[]}>
        {canEdit && (
          <Link className="lr-button" to={`${basePath}/import${routeId ? `?route=${routeId}` : ''}`}>
            {t('navImport')}
          </Link>
        )}
      </PageHeader>
      {!canEdit && <p className="lr-delegations-muted">{t('common:readOnly')}</p>}
      <div className="lr-filterbar lr-delegations-routebar">
        <RoutePicker routeId={routeId} onChange={choose} placeholder={t('allRoutes')} />
      </div>
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchParticipants')} onClear={list.filtered ? list.clear : undefined}>
        {routeId && (
          <SelectField
            label={t('delegation')}
            value={params.get('delegation') ?? ''}
            onChange={(e) => list.set('delegation', e.target.value)}
            placeholder={t('common:any')}
            options={delegations?.delegations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
          />
        )}
        <SelectField
          label={t('sector')}
          value={params.get('sector') ?? ''}
          onChange={(e) => list.set('sector', e.target.value)}
          placeholder={t('common:any')}
          options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
        />
        <SelectField
          label={t('checkedIn')}
          value={params.get('arrived') ?? ''}
          onChange={(e) => list.set('arrived', e.target.value)}
          placeholder={t('common:any')}
          options={[
            { value: 'yes', label: t('arrivedYes') },
            { value: 'no', label: t('arrivedNo') },
          ]}
        />
        <fieldset className="lr-delegations-chips">
          <legend className="lr-field__label">{t('status')}</legend>
          {STATUSES.map((s) => (
            <label key={s} className="lr-delegations-chip">
              <input type="checkbox" checked={statuses.includes(s)} onChange={(e) => toggleStatus(s, e.target.checked)} />
              {statusName(s)}
            </label>
          ))}
        </fieldset>
      </FilterBar>

      {canEdit && (
        <div className="lr-delegations-bulk" role="group" aria-label={t('bulkActions')}>
          <label className="lr-delegations-select">
            <input
              type="checkbox"
              checked={allChosen}
              disabled={!rows.length}
              onChange={(e) => setChosen(e.target.checked ? new Map(rows.map((r) => [r.id, r])) : new Map())}
            />
            {t('chooseAllOnPage')}
          </label>
          <span aria-live="polite">{t('chosenCount', { count: chosen.size })}</span>
          <div className="lr-form-actions">
            {BULK_MOVES.map((to) => (
              <Button
                key={to}
                variant={to === 'DECLINED' ? 'danger' : to === 'SELECTED' ? 'primary' : 'secondary'}
                disabled={!chosen.size}
                onClick={() => (setDialogError(undefined), setPending(to))}
              >
                {t(`bulkMoves.${to}`)}
              </Button>
            ))}
            <BulkInvite chosen={[...chosen.values()].map((r) => ({ id: r.id, name: r.person?.fullName ?? r.id }))} onInvited={() => (setChosen(new Map()), reload())} />
          </div>
        </div>
      )}

      {refusal && (
        <ErrorPanel title={t('bulkRefused', { count: refusal.reasons.size, total: refusal.total, status: statusName(refusal.to) })}>
          <p>{t('bulkRefusedText')}</p>
          <ul className="lr-delegations-list">
            {[...refusal.reasons.entries()].map(([id, r]) => (
              <li key={id}>{t('refusedEntry', { name: r.name, reason: r.reason })}</li>
            ))}
          </ul>
          <Button onClick={() => setRefusal(null)}>{t('common:dismiss')}</Button>
        </ErrorPanel>
      )}

      <ConnectionView
        connection={data?.participants}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={reload}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('participantsTitle')}
        rowKey={(r) => r.id}
        empty={
          list.filtered ? (
            <>
              <p>{t('common:noMatches')}</p>
              <p>{t('common:noMatchesHint')}</p>
            </>
          ) : (
            <>
              <p>{t('noParticipants')}</p>
              <p>{canEdit ? t('noParticipantsHint') : t('noParticipantsReadOnly')}</p>
            </>
          )
        }
        columns={columns}
      />

      <ConfirmDialog
        open={!!pending}
        title={pending ? t('confirmBulk', { count: chosen.size, action: t(`bulkMoves.${pending}`) }) : ''}
        confirmLabel={pending ? t(`bulkMoves.${pending}`) : ''}
        danger={pending === 'DECLINED'}
        reason={{ required: false }}
        error={dialogError}
        busy={busy}
        onConfirm={runBulk}
        onCancel={() => setPending(null)}
      >
        <p>{t('confirmBulkText')}</p>
        <ul className="lr-delegations-list">
          {[...chosen.values()].map((r) => (
            <li key={r.id}>
              {r.person?.fullName ?? r.id} ({statusName(r.status)})
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
