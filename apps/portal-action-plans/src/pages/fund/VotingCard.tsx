import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { VotingBadge } from '../../components/labels';
import { planRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { VotingStatus } from '../../graphql/generated/graphql';
import { CloseVotingMutation, OpenVotingMutation } from '../../graphql/operations';
import type { Fund } from '../FundPage';

type Move = 'open' | 'reopen' | 'close';

/**
 * The vote's window: when it opened and closed, and for admins the moves the API offers. Each asks
 * first: opening lets participants cast ballots that cannot be taken back, closing shows them the
 * result, and reopening a closed vote needs a reason, kept in its history.
 */
export function VotingCard({ routeId, fund, admin, onChanged }: { routeId: string; fund: Fund; admin: boolean; onChanged(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const [, open] = useMutation(OpenVotingMutation);
  const [, close] = useMutation(CloseVotingMutation);
  const [pending, setPending] = useState<Move | null>(null);
  const [moveError, setMoveError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const moves: Move[] = fund.allowedVotingMoves.map((to: VotingStatus) => (to === 'CLOSED' ? 'close' : fund.votingStatus === 'CLOSED' ? 'reopen' : 'open'));

  async function confirm(reason: string) {
    if (!pending) return;
    setBusy(true);
    const result = pending === 'close' ? await close({ routeId, version: fund.version }) : await open({ routeId, version: fund.version, reason: reason || null });
    setBusy(false);
    if (result.error) return setMoveError(planRefusal(result.error));
    notify(t(`votingMoved.${pending}`), 'success');
    setPending(null);
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="voting-heading">
      <h2 id="voting-heading">{t('voting')}</h2>
      <p>
        <VotingBadge status={fund.votingStatus} /> {t(`votingMeaning.${fund.votingStatus}`)}
      </p>
      <dl className="lr-details">
        <dt>{t('votingOpenedAt')}</dt>
        <dd>{format.dateTime(fund.votingOpenedAt)}</dd>
        <dt>{t('votingClosedAt')}</dt>
        <dd>{format.dateTime(fund.votingClosedAt)}</dd>
      </dl>
      {admin && moves.length > 0 && (
        <div className="lr-form-actions">
          {moves.map((m) => (
            <Button key={m} variant={m === 'close' ? 'danger' : 'primary'} onClick={() => (setMoveError(undefined), setPending(m))}>
              {t(`votingMoves.${m}`)}
            </Button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={!!pending}
        title={pending ? t(`confirmVoting.${pending}`) : ''}
        confirmLabel={pending ? t(`votingMoves.${pending}`) : ''}
        danger={pending === 'close'}
        reason={pending === 'reopen' ? { required: true, hint: t('reopenReasonHint') } : pending === 'open' ? { required: false } : undefined}
        error={moveError}
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        <p>{pending ? t(`confirmVotingText.${pending}`) : ''}</p>
      </ConfirmDialog>
    </section>
  );
}
