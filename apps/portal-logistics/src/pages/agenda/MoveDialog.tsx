import { ConfirmDialog, SelectField, TextField } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSection } from '../../components/section-context';
import { dayLabel, endAfterMove, hhmm } from '../../components/times';
import type { Day, MoveTarget, Session } from './agenda-types';

/**
 * The keyboard way to move a session (and the phone's): choose the day and the start time; the
 * end follows, keeping its length. A refusal from the API stays in the dialog.
 */
export function MoveDialog({
  session,
  days,
  error,
  busy,
  onMove,
  onCancel,
}: {
  session: Session | null;
  days: readonly Day[];
  error?: string;
  busy: boolean;
  onMove(session: Session, target: MoveTarget): void;
  onCancel(): void;
}) {
  const { t } = useTranslation(['logistics', 'common']);
  const { language } = useSection();
  const [dayId, setDayId] = useState('');
  const [startTime, setStartTime] = useState('');
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!session) return;
    setDayId(session.dayId);
    setStartTime(hhmm(session.startTime));
    setProblem(undefined);
  }, [session]);
  const end = session && /^\d{2}:\d{2}$/.test(startTime) ? endAfterMove(session, startTime) : null;

  function confirm() {
    if (!session) return;
    if (!/^\d{2}:\d{2}$/.test(startTime)) return setProblem(t('startTimeRequired'));
    if (!end) return setProblem(t('endPastMidnight'));
    onMove(session, { dayId, startTime });
  }

  return (
    <ConfirmDialog
      open={!!session}
      title={session ? t('moveTitle', { title: session.title }) : ''}
      confirmLabel={t('move')}
      error={error}
      busy={busy}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <SelectField label={t('day')} value={dayId} onChange={(e) => setDayId(e.target.value)} options={days.map((d) => ({ value: d.id, label: dayLabel(d.date, language, 'long') }))} />
      <TextField
        label={t('startTime')}
        type="time"
        step={300}
        value={startTime}
        onChange={(e) => (setStartTime(e.target.value), setProblem(undefined))}
        hint={end ? t('endsAt', { time: end }) : undefined}
        error={problem}
        required
      />
    </ConfirmDialog>
  );
}
