import { Button } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { PeriodStatus } from '../graphql/generated/graphql';
import { LockReportingPeriodMutation, ReopenReportingPeriodMutation } from '../graphql/operations';

/** A period as its row shows it. */
export interface PeriodRow {
  id: string;
  version: number;
  label: string;
  startsOn: string;
  endsOn: string;
  status: PeriodStatus;
  allowedMoves: PeriodStatus[];
}

/**
 * Locking and reopening periods through the API's machine: the buttons are the moves the API
 * says are open to the user (admins), and each move waits for the page's confirmation.
 */
export function usePeriodMoves(onMoved: () => void) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const [asking, setAsking] = useState<{ period: PeriodRow; to: PeriodStatus } | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [{ fetching: locking }, lock] = useMutation(LockReportingPeriodMutation);
  const [{ fetching: reopening }, reopen] = useMutation(ReopenReportingPeriodMutation);

  async function confirm(reason: string) {
    if (!asking) return;
    const { period, to } = asking;
    const result = to === 'LOCKED' ? await lock({ id: period.id, version: period.version }) : await reopen({ id: period.id, version: period.version, reason });
    if (result.error) return setError(actionRefusal(result.error));
    notify(to === 'LOCKED' ? t('periodLockedDone', { label: period.label }) : t('periodReopened', { label: period.label }), 'success');
    setAsking(null);
    onMoved();
  }

  const ask = (period: PeriodRow, to: PeriodStatus) => (setError(undefined), setAsking({ period, to }));
  const buttons = (period: PeriodRow) => (
    <div className="lr-follow-up-actions">
      {period.allowedMoves.includes('LOCKED') && (
        <Button onClick={() => ask(period, 'LOCKED')} aria-label={t('lockPeriodOf', { label: period.label })}>
          {t('lock')}
        </Button>
      )}
      {period.allowedMoves.includes('OPEN') && (
        <Button onClick={() => ask(period, 'OPEN')} aria-label={t('reopenPeriodOf', { label: period.label })}>
          {t('reopen')}
        </Button>
      )}
    </div>
  );

  return { asking, error, busy: locking || reopening, confirm, cancel: () => setAsking(null), buttons };
}
