import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import { ConfirmDialog } from '../ConfirmDialog';
import { ErrorPanel } from '../ErrorPanel';

/**
 * How careful a move is. `direct` goes at once (it can be undone, or it is the next step of
 * the work); `confirm` asks first, with a reason that is `required` for moves the record keeps
 * a reason for (a rejection, a route closed, an admin's step back).
 */
export type MoveSafety =
  | { kind: 'direct' }
  | { kind: 'confirm'; title: string; text: string; confirmLabel: string; danger?: boolean; reason: 'required' | 'optional' };

export interface StateMovesProps<S extends string> {
  /** `stepper`: every state in order, the reachable ones as buttons; `buttons`: one button per reachable state. */
  layout: 'stepper' | 'buttons';
  /** Every state in its order (the stepper shows them all). */
  states: readonly S[];
  current: S;
  /** The moves the API offers this user now (`allowedNext…`): nothing else is a button. */
  allowed: readonly S[];
  /** False for users who may not move the record: the stepper is then only text. */
  canMove: boolean;
  stateName(state: S): string;
  /** The button's words, e.g. "Move to Selected", "Step back to Planning". */
  moveLabel(to: S): string;
  safety(to: S): MoveSafety;
  /** Makes the move; resolves to the refusal to show (in the user's language), or undefined. */
  onMove(to: S, reason: string | null): Promise<string | undefined>;
  /** Shown when no move is open (a final state). */
  noMoves?: string;
}

/**
 * The one way a record is moved through its states in the portal: only the moves the API
 * allows are offered, the irreversible ones ask for confirmation (and a reason where one is
 * kept), and a refusal says why in the user's language.
 */
export function StateMoves<S extends string>(props: StateMovesProps<S>) {
  const { layout, states, current, allowed, canMove, stateName, moveLabel, safety, onMove, noMoves } = props;
  const { t } = useTranslation(COMMON_NAMESPACE);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ to: S; safety: Extract<MoveSafety, { kind: 'confirm' }>; error?: string } | null>(null);
  const reachable = canMove ? allowed : [];
  const currentIndex = states.indexOf(current);

  async function move(to: S, reason: string | null) {
    setBusy(true);
    setRefusal(null);
    const refused = await onMove(to, reason);
    setBusy(false);
    if (confirming) setConfirming(refused ? { ...confirming, error: refused } : null);
    else if (refused) setRefusal(refused);
  }

  function start(to: S) {
    const how = safety(to);
    if (how.kind === 'direct') void move(to, null);
    else setConfirming({ to, safety: how });
  }

  const button = (to: S, variant: 'primary' | 'secondary') => (
    <Button key={to} variant={variant} busy={busy} onClick={() => start(to)}>
      {moveLabel(to)}
    </Button>
  );

  return (
    <>
      {layout === 'stepper' ? (
        <ol className="lr-stepper">
          {states.map((state, i) => (
            <li key={state} className={i < currentIndex ? 'lr-stepper--done' : ''} aria-current={state === current ? 'step' : undefined}>
              {reachable.includes(state) ? (
                // The pill keeps the state's name; its accessible name says what pressing it does.
                <Button variant="link" className="lr-stepper__move" busy={busy} aria-label={moveLabel(state)} onClick={() => start(state)}>
                  {stateName(state)}
                </Button>
              ) : (
                stateName(state)
              )}
            </li>
          ))}
        </ol>
      ) : reachable.length ? (
        <div className="lr-form-actions lr-state-moves">{reachable.map((to) => button(to, safety(to).kind === 'direct' ? 'primary' : 'secondary'))}</div>
      ) : null}
      {canMove && !allowed.length && noMoves && <p>{noMoves}</p>}
      {refusal && (
        <ErrorPanel title={t('moveRefused')}>
          <p>{refusal}</p>
        </ErrorPanel>
      )}
      <ConfirmDialog
        open={!!confirming}
        title={confirming?.safety.title ?? ''}
        confirmLabel={confirming?.safety.confirmLabel ?? ''}
        danger={confirming?.safety.danger}
        reason={confirming ? { required: confirming.safety.reason === 'required' } : undefined}
        error={confirming?.error}
        busy={busy}
        onConfirm={(reason) => confirming && void move(confirming.to, reason || null)}
        onCancel={() => setConfirming(null)}
      >
        <p>{confirming?.safety.text}</p>
      </ConfirmDialog>
    </>
  );
}
