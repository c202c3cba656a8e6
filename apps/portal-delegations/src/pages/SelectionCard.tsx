import { errorMessage } from '@lr/portal-graphql';
import { Button, CheckboxField, ConfirmDialog, StateMoves, type MoveSafety } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { STATUSES } from '../components/labels';
import { isRouteClosed, noPromotionReason, selectionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { SelectionStatus } from '../graphql/generated/graphql';
import { ChangeSelectionStatusMutation, WithdrawParticipantMutation } from '../graphql/operations';
import type { ParticipantDetail } from './ParticipantPage';

/**
 * Where the participant stands in the selection and the moves open to the user. No move goes
 * back (a selected person leaves only by withdrawing), so each is confirmed; withdrawing asks
 * why and offers the freed place to the delegation's first waitlisted person.
 */
export function SelectionCard({ participant: p, onChanged }: { participant: ParticipantDetail; onChanged(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, notify } = useSection();
  const [, change] = useMutation(ChangeSelectionStatusMutation);
  const [, withdraw] = useMutation(WithdrawParticipantMutation);
  const [withdrawing, setWithdrawing] = useState(false);
  const [promote, setPromote] = useState(true);
  const [withdrawError, setWithdrawError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const statusName = (s: SelectionStatus) => t(`statuses.${s}`);
  const name = p.person?.fullName ?? '';
  const moves = p.allowedNextStatuses.filter((s) => s !== 'WITHDRAWN');
  const mayWithdraw = canEdit && p.allowedNextStatuses.includes('WITHDRAWN');
  const waitlisted = p.delegation?.participants.filter((x) => x.status === 'WAITLISTED').length ?? 0;
  const freesPlace = p.status === 'SELECTED';

  function safety(to: SelectionStatus): MoveSafety {
    if (to === 'DECLINED') return { kind: 'confirm', title: t('confirmDecline', { name }), text: t('confirmDeclineText'), confirmLabel: t('moves.DECLINED'), danger: true, reason: 'optional' };
    return { kind: 'confirm', title: t('confirmMove', { name, action: t(`moves.${to}`) }), text: t('confirmMoveText', { status: statusName(to) }), confirmLabel: t(`moves.${to}`), reason: 'optional' };
  }

  async function move(to: SelectionStatus, reason: string | null): Promise<string | undefined> {
    const result = await change({ participantId: p.id, toStatus: to, version: p.version, reason });
    if (result.error) return selectionRefusal(result.error);
    notify(t('statusMoved', { name, status: statusName(to) }), 'success');
    onChanged();
    return undefined;
  }

  async function confirmWithdraw(reason: string) {
    const promoteNext = freesPlace && waitlisted > 0 && promote;
    setBusy(true);
    const result = await withdraw({ participantId: p.id, version: p.version, reason, promoteNext });
    setBusy(false);
    if (result.error || !result.data) {
      return setWithdrawError(result.error && (isRouteClosed(result.error) ? t('routeClosed') : errorMessage(result.error)));
    }
    setWithdrawing(false);
    const withdrawal = result.data.withdrawParticipant;
    notify(t('withdrawn', { name }), 'success');
    if (withdrawal.promoted) notify(t('promoted', { name: withdrawal.promoted.person?.fullName ?? '' }), 'success');
    else if (promoteNext) {
      const why = noPromotionReason(withdrawal);
      if (why) notify(why, 'info');
    }
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="selection-heading">
      <h2 id="selection-heading">{t('selection')}</h2>
      <p>{t('currentStatus', { status: statusName(p.status) })}</p>
      <StateMoves
        layout="buttons"
        states={STATUSES}
        current={p.status}
        allowed={moves}
        canMove={canEdit}
        stateName={statusName}
        moveLabel={(to) => t(`moves.${to}`)}
        safety={safety}
        onMove={move}
        noMoves={mayWithdraw ? undefined : t('noMoves')}
      />
      {mayWithdraw && (
        <div className="lr-form-actions">
          <Button variant="danger" onClick={() => (setWithdrawError(undefined), setPromote(true), setWithdrawing(true))}>
            {t('withdraw')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={withdrawing}
        title={t('confirmWithdraw', { name })}
        confirmLabel={t('withdraw')}
        danger
        reason={{ required: true, hint: t('withdrawReasonHint') }}
        error={withdrawError}
        busy={busy}
        onConfirm={confirmWithdraw}
        onCancel={() => setWithdrawing(false)}
      >
        <p>{t('confirmWithdrawText')}</p>
        {freesPlace &&
          (waitlisted > 0 ? (
            <CheckboxField
              label={t('promoteNext', { delegation: p.delegation?.name ?? '' })}
              hint={t('promoteNextHint', { count: waitlisted })}
              checked={promote}
              onChange={(e) => setPromote(e.target.checked)}
            />
          ) : (
            <p className="lr-delegations-muted">{t('noOneWaitlisted')}</p>
          ))}
      </ConfirmDialog>
    </section>
  );
}
