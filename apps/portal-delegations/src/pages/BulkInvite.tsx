import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { listItemRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { InviteParticipantsMutation } from '../graphql/operations';

/**
 * Invites the chosen participants to the portal at once, after confirming: all or nothing, and
 * a refusal names who cannot be invited and why.
 */
export function BulkInvite({ chosen, onInvited }: { chosen: readonly { id: string; name: string }[]; onInvited(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const [, invite] = useMutation(InviteParticipantsMutation);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const result = await invite({ participantIds: chosen.map((p) => p.id) });
    setBusy(false);
    if (result.error || !result.data) return setError(result.error && listItemRefusal(result.error, chosen.map((p) => p.name)));
    setOpen(false);
    const sent = result.data.inviteParticipants;
    const firstExpiry = sent.map((s) => s.expiresAt).sort()[0];
    notify(t('bulkInvited', { count: sent.length, expires: format.dateTime(firstExpiry) }), 'success');
    onInvited();
  }

  return (
    <>
      <Button disabled={!chosen.length} onClick={() => (setError(undefined), setOpen(true))}>
        {t('bulkInvite')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('confirmBulkInvite', { count: chosen.length })}
        confirmLabel={t('bulkInvite')}
        error={error}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <p>{t('confirmBulkInviteText')}</p>
        <ul className="lr-delegations-list">
          {chosen.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </>
  );
}
