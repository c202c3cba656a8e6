import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { ReturnProgressReportMutation, VerifyProgressReportMutation } from '../graphql/operations';

/**
 * An editor verifies an UNVERIFIED report (its value then counts) or returns it with a reason;
 * both ask first, since verifying cannot be undone and returning asks the reporter for work.
 */
export function ReportActions({ report, label, onDone }: { report: { id: string; version: number; value: string; reportedOn: string }; label: string; onDone(): void }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const [asking, setAsking] = useState<'verify' | 'return' | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [{ fetching: verifying }, verify] = useMutation(VerifyProgressReportMutation);
  const [{ fetching: returning }, giveBack] = useMutation(ReturnProgressReportMutation);

  async function confirm(reason: string) {
    setError(undefined);
    const result =
      asking === 'verify'
        ? await verify({ id: report.id, version: report.version })
        : await giveBack({ id: report.id, version: report.version, reason });
    if (result.error) return setError(actionRefusal(result.error));
    notify(asking === 'verify' ? t('reportVerified') : t('reportReturned'), 'success');
    setAsking(null);
    onDone();
  }

  return (
    <div className="lr-follow-up-actions">
      <Button variant="primary" onClick={() => (setError(undefined), setAsking('verify'))} aria-label={t('verifyReportOf', { report: label })}>
        {t('verify')}
      </Button>
      <Button onClick={() => (setError(undefined), setAsking('return'))} aria-label={t('returnReportOf', { report: label })}>
        {t('return')}
      </Button>
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'verify' ? t('verifyTitle') : t('returnTitle')}
        confirmLabel={asking === 'verify' ? t('verify') : t('return')}
        reason={asking === 'return' ? { required: true, label: t('returnReason'), hint: t('returnReasonHint') } : undefined}
        error={error}
        busy={verifying || returning}
        onConfirm={(reason) => void confirm(reason)}
        onCancel={() => setAsking(null)}
      >
        <p>{asking === 'verify' ? t('verifyText', { report: label }) : t('returnText', { report: label })}</p>
      </ConfirmDialog>
    </div>
  );
}
