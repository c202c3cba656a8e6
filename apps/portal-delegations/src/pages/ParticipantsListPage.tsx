import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import {
  BulkActionBar,
  BulkResults,
  Button,
  ConfirmDialog,
  ConnectionView,
  ExportCsvButton,
  FilterBar,
  PAGE_SIZE,
  PageHeader,
  SelectField,
  useRowSelection,
  useSelectionColumn,
  useUrlListState,
  type BulkOutcome,
} from '@lr/portal-ui';
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

const FILTER_KEYS = ['q', 'delegation', 'status', 'sector', 'arrived', 'account'] as const;
const ACCOUNTS = ['NONE', 'INVITED', 'ACTIVE'] as const;

type Row = ListResult['participants']['edges'][number]['node'];
type BulkMove = (typeof BULK_MOVES)[number];

/** What the last bulk decision left to show: each participant's result, and for a refusal why each refused row was. */
interface Outcomes {
  /** Undefined for a decision made: the common "Results" (the toast says what was done). */
  title?: string;
  refused: boolean;
  outcomes: BulkOutcome[];
  reasons: Map<string, string>;
}

/**
 * Participants with filters kept in the address (route, delegation, status chips, sector,
 * arrival, name), and for editors a choice of rows to select, waitlist, decline or invite to the
 * portal at once: all or nothing, and when the API refuses a decision, each refused row says why
 * and nothing has changed.
 */
export function ParticipantsListPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const section = useSection();
  const { canEdit, basePath, notify } = section;
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
      // Who was invited and has not signed up yet, to invite again (the invitation's link expires).
      account: ACCOUNTS.find((a) => a === params.get('account')),
    };
  }, [params, routeId, statuses]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ParticipantsListQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const [{ data: delegations }] = useQuery({ query: DelegationOptionsQuery, variables: { routeId }, pause: !routeId });
  const [, decide] = useMutation(DecideParticipantsMutation);
  const rows = useMemo(() => data?.participants.edges.map((e) => e.node) ?? [], [data]);

  // The rows chosen for a bulk decision (the shared pattern); each is sent at the version now read.
  const selection = useRowSelection();
  const chosen = useMemo(() => rows.filter((r) => selection.has(r.id)), [rows, selection]);
  const [results, setResults] = useState<Outcomes | null>(null);
  const [pending, setPending] = useState<BulkMove | null>(null);
  const [dialogError, setDialogError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  // Another page or other filters: a new choice.
  const listKey = JSON.stringify([filter, pages.after]);
  const { clear, retain } = selection;
  useEffect(() => {
    clear();
    setResults(null);
  }, [listKey, clear]);
  // Rows read again keep their choice; rows no longer listed drop out of it.
  useEffect(() => retain(rows.map((r) => r.id)), [rows, retain]);
  const nameOf = (r: Row) => r.person?.fullName ?? r.id;
  const statusName = (s: SelectionStatus) => t(`statuses.${s}`);

  function toggleStatus(status: SelectionStatus, on: boolean) {
    const next = on ? [...statuses, status] : statuses.filter((s) => s !== status);
    list.set('status', STATUSES.filter((s) => next.includes(s)).join(','));
  }

  async function runBulk(reason: string) {
    if (!pending) return;
    const to = pending;
    const batch = chosen;
    setBusy(true);
    setDialogError(undefined);
    const result = await decide({ input: { participants: batch.map((r) => ({ id: r.id, version: r.version })), to, reason: reason || undefined } });
    setBusy(false);
    if (result.error) {
      const failures = bulkFailures(result.error);
      if (!failures) return setDialogError(isRouteClosed(result.error) ? t('routeClosed') : errorMessage(result.error));
      const reasons = new Map(failures.map((f) => [f.id, failureReason(f, to, batch.find((r) => r.id === f.id))]));
      setPending(null);
      setResults({
        title: t('bulkRefused', { count: reasons.size, total: batch.length, status: statusName(to) }),
        refused: true,
        reasons,
        // All or nothing: the rows not refused themselves were not changed either.
        outcomes: batch.map((r) => ({ id: r.id, label: nameOf(r), result: reasons.has(r.id) ? 'refused' : 'unchanged', reason: reasons.get(r.id) })),
      });
      reload();
      return;
    }
    setPending(null);
    const done = t('bulkDone', { count: batch.length, status: statusName(to) });
    setResults({ title: undefined, refused: false, reasons: new Map(), outcomes: batch.map((r) => ({ id: r.id, label: nameOf(r), result: 'done' })) });
    clear();
    notify(done, 'success');
    reload();
  }

  const chooseColumn = useSelectionColumn(selection, (r: Row) => r.id, nameOf, { header: t('choose'), row: (name) => t('chooseRow', { name }) });
  const columns = [
    ...(canEdit ? [chooseColumn] : []),
    {
      key: 'name',
      header: t('name'),
      render: (r: Row) => {
        const refused = results?.reasons.get(r.id);
        return (
          <>
            <Link to={`${basePath}/participants/${r.id}`}>{r.person?.fullName ?? r.id}</Link>
            {refused && <span className="lr-field__error lr-delegations-row-problem">{t('rowRefused', { reason: refused })}</span>}
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
        <ExportCsvButton section={section} path="/delegations/participants.csv" filters={filter} fileName="participants.csv" />
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
        <SelectField
          label={t('portalAccount')}
          value={params.get('account') ?? ''}
          onChange={(e) => list.set('account', e.target.value)}
          placeholder={t('common:any')}
          options={ACCOUNTS.map((a) => ({ value: a, label: t(`accountStatuses.${a}`) }))}
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
        <BulkActionBar
          selection={selection}
          pageIds={rows.map((r) => r.id)}
          words={{ label: t('bulkActions'), selectPage: t('chooseAllOnPage'), count: (count) => t('chosenCount', { count }) }}
        >
          {BULK_MOVES.map((to) => (
            <Button
              key={to}
              variant={to === 'DECLINED' ? 'danger' : to === 'SELECTED' ? 'primary' : 'secondary'}
              disabled={!chosen.length}
              onClick={() => (setDialogError(undefined), setPending(to))}
            >
              {t(`bulkMoves.${to}`)}
            </Button>
          ))}
          <BulkInvite chosen={chosen.map((r) => ({ id: r.id, name: nameOf(r) }))} onInvited={() => (clear(), reload())} />
        </BulkActionBar>
      )}

      {results && (
        <BulkResults outcomes={results.outcomes} title={results.title} tone={results.refused ? 'error' : 'info'} onDismiss={() => setResults(null)}>
          {results.refused && <p>{t('bulkRefusedText')}</p>}
        </BulkResults>
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
        title={pending ? t('confirmBulk', { count: chosen.length, action: t(`bulkMoves.${pending}`) }) : ''}
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
          {chosen.map((r) => (
            <li key={r.id}>
              {r.person?.fullName ?? r.id} ({statusName(r.status)})
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
