import { languageName, useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AccountBadge } from '../components/labels';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { SelectionStatus } from '../graphql/generated/graphql';
import { InviteParticipantMutation } from '../graphql/operations';
import type { ParticipantDetail } from './ParticipantPage';

/** Who may be invited: those whose selection has not ended. */
export const INVITABLE: readonly SelectionStatus[] = ['NOMINATED', 'WAITLISTED', 'SELECTED'];

/**
 * The participant's portal account as a chip, and for editors the invitation: confirmed first
 * (it sends an e-mail), then a toast says where it went and until when its link works.
 */
export function AccountCard({ participant: p, onChanged }: { participant: ParticipantDetail; onChanged(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, notify, language } = useSection();
  const format = useFormat();
  const [, invite] = useMutation(InviteParticipantMutation);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Partners (API keys) do not see accounts.
  if (!p.accountStatus) return null;
  const status = p.accountStatus;
  const mayInvite = canEdit && status !== 'ACTIVE' && INVITABLE.includes(p.status);

  async function confirmInvite() {
    setBusy(true);
    const result = await invite({ participantId: p.id });
    setBusy(false);
    if (result.error || !result.data) return setError(result.error && actionRefusal(result.error));
    setConfirming(false);
    const sent = result.data.inviteParticipant;
    notify(t('invited', { email: sent.email, language: languageName(sent.language, language), expires: format.dateTime(sent.expiresAt) }), 'success');
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('portalAccount')}</h2>
      <p>
        <AccountBadge status={status} /> {t(`accountMeaning.${status}`)}
      </p>
      {mayInvite && (
        <div className="lr-form-actions">
          <Button onClick={() => (setError(undefined), setConfirming(true))}>{status === 'INVITED' ? t('inviteAgain') : t('invite')}</Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('confirmInvite', { name: p.person?.fullName ?? '' })}
        confirmLabel={t('invite')}
        error={error}
        busy={busy}
        onConfirm={confirmInvite}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('confirmInviteText')}</p>
      </ConfirmDialog>
    </section>
  );
}
