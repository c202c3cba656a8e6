import { useFormat } from '@lr/portal-i18n';
import { Button } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { CheckInParticipantMutation, UndoCheckInMutation } from '../graphql/operations';
import type { ParticipantDetail } from './ParticipantPage';

/**
 * A selected participant's arrival. Checking in happens at once while the route is under way
 * (implementation), and the toast offers Undo: a check-in has an exact inverse.
 */
export function CheckInCard({ participant: p, onChanged }: { participant: ParticipantDetail; onChanged(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, notify } = useSection();
  const format = useFormat();
  const [, checkIn] = useMutation(CheckInParticipantMutation);
  const [, undo] = useMutation(UndoCheckInMutation);
  const [busy, setBusy] = useState(false);
  const name = p.person?.fullName ?? '';
  const running = p.route?.phase === 'IMPLEMENTATION';
  if (p.status !== 'SELECTED') return null;

  async function undoCheckIn(version: number, done: string) {
    setBusy(true);
    const result = await undo({ participantId: p.id, version });
    setBusy(false);
    notify(result.error ? actionRefusal(result.error) : done, result.error ? 'error' : 'success');
    onChanged();
  }

  async function checkInNow() {
    setBusy(true);
    const result = await checkIn({ participantId: p.id, version: p.version });
    setBusy(false);
    onChanged();
    if (result.error || !result.data) return notify(result.error ? actionRefusal(result.error) : '', 'error');
    const version = result.data.checkInParticipant.version;
    notify(t('checkedInNow', { name }), 'success', { label: t('common:undo'), onAction: () => undoCheckIn(version, t('checkInUndone', { name })) });
  }

  return (
    <section className="lr-card" aria-labelledby="arrival-heading">
      <h2 id="arrival-heading">{t('arrival')}</h2>
      {p.checkedInAt ? (
        <p>{p.checkedInBy ? t('checkedInAtBy', { at: format.dateTime(p.checkedInAt), name: p.checkedInBy }) : t('checkedInAt', { at: format.dateTime(p.checkedInAt) })}</p>
      ) : (
        <p>{t('notArrived')}</p>
      )}
      {canEdit &&
        (running ? (
          <div className="lr-form-actions">
            {p.checkedInAt ? (
              <Button busy={busy} onClick={() => undoCheckIn(p.version, t('checkInUndone', { name }))}>
                {t('undoCheckIn')}
              </Button>
            ) : (
              <Button variant="primary" busy={busy} onClick={checkInNow}>
                {t('checkIn')}
              </Button>
            )}
          </div>
        ) : (
          <p className="lr-delegations-muted">{t('checkInClosed', { phase: p.route ? t(`phases.${p.route.phase}`) : '—' })}</p>
        ))}
    </section>
  );
}
