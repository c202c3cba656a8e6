import { errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, ConnectionView, ExportCsvButton, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useChosenRoute } from '../components/route-choice';
import { useSection } from '../components/section-context';
import { FollowUpProgrammeOptionsQuery, FollowUpRouteOptionsQuery, ReportingPeriodsQuery } from '../graphql/operations';
import { PeriodForm } from './PeriodForm';
import { usePeriodMoves, type PeriodRow } from './period-moves';

const KEYS = ['programme'] as const;

/**
 * A programme's reporting periods, earliest first: their days, when reports are due and when
 * the period locks itself, and its status. Editors add periods; admins lock one (after a
 * question: it freezes its reports) or reopen it with a reason.
 */
export function PeriodsPage() {
  const { t } = useTranslation(['follow-up', 'common']);
  const section = useSection();
  const { canEdit } = section;
  const list = useUrlListState(KEYS);
  const { routeId } = useChosenRoute();
  const [{ data: programmes }] = useQuery({ query: FollowUpProgrammeOptionsQuery });
  const [{ data: routes }] = useQuery({ query: FollowUpRouteOptionsQuery });
  // Without a choice in the address, the programme of the route chosen elsewhere in the section.
  const programmeId = list.get('programme') || routes?.routes.edges.find((e) => e.node.id === routeId)?.node.programmeId || '';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReportingPeriodsQuery,
    variables: { programmeId, first: PAGE_SIZE, after: list.pages.after },
    pause: !programmeId,
  });
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const moves = usePeriodMoves(refresh);
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader title={t('periodsTitle')} breadcrumbs={[]}>
        {programmeId && <ExportCsvButton section={section} path="/follow-up/periods.csv" filters={{ programmeId }} fileName="periods.csv" />}
        {canEdit && programmeId && !adding && (
          <Button variant="primary" onClick={() => setAdding(true)}>
            {t('newPeriod')}
          </Button>
        )}
      </PageHeader>
      <div className="lr-filterbar">
        <SelectField
          label={t('programme')}
          value={programmeId}
          onChange={(e) => list.set('programme', e.target.value)}
          placeholder={t('chooseProgramme')}
          options={programmes?.programmes.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        />
      </div>
      {!programmeId ? (
        <p className="lr-empty">{t('chooseProgrammeHint')}</p>
      ) : (
        <ConnectionView
          connection={data?.reportingPeriods}
          fetching={fetching}
          error={errorMessage(error)}
          onRetry={refresh}
          pages={list.pages}
          pageSize={PAGE_SIZE}
          caption={t('periodsTitle')}
          rowKey={(p) => p.id}
          empty={
            <>
              <p>{t('noPeriods')}</p>
              <p>{canEdit ? t('noPeriodsHint') : t('noPeriodsReadOnly')}</p>
            </>
          }
          columns={[
            { key: 'label', header: t('periodLabel'), render: (p) => <strong>{p.label}</strong> },
            { key: 'dates', header: t('periodDates'), render: (p) => t('fromTo', { from: p.startsOn, to: p.endsOn }) },
            { key: 'closes', header: t('periodClosesOn'), render: (p) => p.closesOn },
            { key: 'status', header: t('status'), render: (p) => <PeriodStatusBadge status={p.status} locksOn={p.status === 'OPEN' ? p.locksOn : undefined} /> },
            { key: 'actions', header: t('actions'), render: (p) => moves.buttons(p) },
          ]}
        />
      )}
      {adding && programmeId && <PeriodForm programmeId={programmeId} onDone={() => (setAdding(false), refresh())} onCancel={() => setAdding(false)} />}
      <ConfirmDialog
        open={!!moves.asking}
        title={moves.asking?.to === 'LOCKED' ? t('lockTitle') : t('reopenTitle')}
        confirmLabel={moves.asking?.to === 'LOCKED' ? t('lock') : t('reopen')}
        danger={moves.asking?.to === 'LOCKED'}
        reason={moves.asking?.to === 'OPEN' ? { required: true, label: t('reopenReason'), hint: t('reopenReasonHint') } : undefined}
        error={moves.error}
        busy={moves.busy}
        onConfirm={(reason) => void moves.confirm(reason)}
        onCancel={moves.cancel}
      >
        <p>
          {moves.asking &&
            (moves.asking.to === 'LOCKED'
              ? t('lockText', { label: moves.asking.period.label, from: moves.asking.period.startsOn, to: moves.asking.period.endsOn })
              : t('reopenText', { label: moves.asking.period.label }))}
        </p>
      </ConfirmDialog>
    </>
  );
}

/** Open or locked, in words; an open period says when it locks itself. */
function PeriodStatusBadge({ status, locksOn }: { status: PeriodRow['status']; locksOn?: string }) {
  const { t } = useTranslation('follow-up');
  return (
    <>
      <span className={`lr-badge lr-follow-up-period lr-follow-up-period--${status.toLowerCase()}`}>{t(`periodStatuses.${status}`)}</span>
      {locksOn && <span className="lr-follow-up-muted"> · {t('locksOn')} {locksOn}</span>}
    </>
  );
}
