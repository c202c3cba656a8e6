import { errorMessage } from '@lr/portal-graphql';
import { BulkActionBar, BulkResults, Button, ConfirmDialog, ConnectionView, PAGE_SIZE, PageHeader, useRowSelection, useSelectionColumn, useUrlListState } from '@lr/portal-ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionRefusal } from '../components/refusals';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import { UnverifiedReportsQuery, VerifyProgressReportsMutation } from '../graphql/operations';
import { bulkOutcomes, type BulkFailure, type BulkVerification } from './bulk-verification';

const KEYS = [] as const;

/**
 * The reports waiting for verification (of a route, or all), to verify several at once. The
 * API verifies them all or none: when one is refused (its period locked, changed meanwhile),
 * every row says what became of it, and the others can be chosen again in one click.
 */
export function VerificationPage() {
  const { t } = useTranslation(['follow-up', 'common']);
  const { basePath, canEdit, notify } = useSection();
  const { routeId, choose } = useChosenRoute();
  const list = useUrlListState(KEYS);
  const filter = useMemo(() => ({ routeId: routeId || undefined, verification: 'UNVERIFIED' as const }), [routeId]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: UnverifiedReportsQuery, variables: { first: PAGE_SIZE, after: list.pages.after, filter } });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const selection = useRowSelection();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<BulkVerification | null>(null);
  const [{ fetching: verifying }, verifyMany] = useMutation(VerifyProgressReportsMutation);
  const rows = useMemo(() => data?.progressReports.edges.map((e) => e.node) ?? [], [data]);
  const labelOf = (r: (typeof rows)[number]) => t('reportOf', { value: r.value, date: r.reportedOn, indicator: r.indicator?.name ?? '' });
  // Rows read again keep their choice; rows no longer listed (verified meanwhile) drop out of it.
  const { retain } = selection;
  useEffect(() => retain(rows.map((r) => r.id)), [rows, retain]);
  const selectColumn = useSelectionColumn(selection, (r: (typeof rows)[number]) => r.id, labelOf);

  // The rows chosen on the page shown: what is verified and what the question counts.
  const chosen = rows.filter((r) => selection.has(r.id));

  async function verify() {
    const result = await verifyMany({ input: { reports: chosen.map((r) => ({ id: r.id, version: r.version })) } });
    setAsking(false);
    const failures = (result.error?.graphQLErrors[0]?.extensions?.['failures'] as BulkFailure[] | undefined) ?? null;
    if (result.error && !failures) return notify(actionRefusal(result.error), 'error');
    const labelled = chosen.map((r) => ({ id: r.id, label: labelOf(r) }));
    setOutcome(bulkOutcomes(labelled, failures));
    if (!failures) {
      notify(t('bulkVerified', { count: chosen.length }), 'success');
      selection.clear();
    }
    refresh();
  }

  /** After an all-or-nothing refusal: choose again only those that were not refused. */
  function chooseOthers() {
    selection.clear();
    selection.setAll(outcome?.waited ?? [], true);
    setOutcome(null);
  }

  return (
    <>
      <PageHeader title={t('verificationTitle')} breadcrumbs={[]} />
      <div className="lr-filterbar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {outcome && (
        <>
          <BulkResults outcomes={outcome.outcomes} onDismiss={() => setOutcome(null)}>
            {outcome.waited.length > 0 && (
              <p>
                {t('bulkWaited')} <Button onClick={chooseOthers}>{t('verifyOthers')}</Button>
              </p>
            )}
          </BulkResults>
        </>
      )}
      {canEdit && (
        <BulkActionBar selection={selection} pageIds={rows.map((r) => r.id)}>
          <Button variant="primary" disabled={!chosen.length} onClick={() => setAsking(true)}>
            {t('verifySelected')}
          </Button>
        </BulkActionBar>
      )}
      <ConnectionView
        connection={data?.progressReports}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={refresh}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('verificationTitle')}
        rowKey={(r) => r.id}
        empty={
          <>
            <p>{t('noUnverified')}</p>
            <p>{t('noUnverifiedHint')}</p>
          </>
        }
        columns={[
          ...(canEdit ? [selectColumn] : []),
          { key: 'indicator', header: t('indicator'), render: (r) => (r.indicator ? <Link to={`${basePath}/indicators/${r.indicator.id}`}>{r.indicator.name}</Link> : '—') },
          { key: 'value', header: t('value'), render: (r) => [r.value, r.indicator?.unit].filter(Boolean).join(' ') },
          { key: 'date', header: t('reportedOn'), render: (r) => r.reportedOn },
          { key: 'route', header: t('route'), render: (r) => r.indicator?.route?.title ?? '—' },
          { key: 'note', header: t('note'), render: (r) => r.note ?? '' },
        ]}
      />
      <ConfirmDialog
        open={asking}
        title={t('verifySelectedTitle')}
        confirmLabel={t('verify')}
        busy={verifying}
        onConfirm={() => void verify()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('verifySelectedText', { count: chosen.length })}</p>
      </ConfirmDialog>
    </>
  );
}
