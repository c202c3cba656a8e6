import { BulkActionBar, Button, ConfirmDialog, type RowSelection } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { SurveyReminderResult } from '../graphql/generated/graphql';
import { RemindSurveyInviteesMutation } from '../graphql/operations';

/** What became of one person of a reminder sent by hand, with their name. */
interface ReminderRow {
  id: string;
  name: string;
  result: SurveyReminderResult;
}

/**
 * "Remind the selected people now" above an open survey's roster: asks first (an e-mail cannot
 * be taken back), then lists each person with whether the reminder went or why not (answered
 * already, reminded today, no e-mail address). Skipped people are not errors: the others are
 * reminded all the same. The API sends at most one reminder per person and day.
 */
export function RosterReminders({ surveyId, selection, rows, onSent }: { surveyId: string; selection: RowSelection; rows: readonly { id: string; name: string }[]; onSent(): void }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const [asking, setAsking] = useState(false);
  const [results, setResults] = useState<ReminderRow[] | null>(null);
  const [{ fetching }, remind] = useMutation(RemindSurveyInviteesMutation);
  const chosen = rows.filter((r) => selection.has(r.id));

  async function send() {
    const result = await remind({ input: { surveyId, invitationIds: chosen.map((r) => r.id) } });
    setAsking(false);
    if (result.error) return notify(actionRefusal(result.error), 'error');
    if (!result.data) return;
    const names = new Map(chosen.map((r) => [r.id, r.name]));
    const answered = result.data.remindSurveyInvitees.map((o) => ({ id: o.invitationId, name: names.get(o.invitationId) ?? '—', result: o.result }));
    setResults(answered);
    notify(t('remindersSent', { count: answered.filter((r) => r.result === 'SENT').length }), 'success');
    selection.clear();
    onSent();
  }

  return (
    <>
      {results && (
        <section className="lr-card lr-bulk-results" aria-live="polite" aria-label={t('reminderResults')}>
          <h3>{t('reminderResults')}</h3>
          <ul>
            {results.map((r) => (
              <li key={r.id} className={r.result === 'SENT' ? 'lr-bulk-results__done' : 'lr-bulk-results__unchanged'}>
                <strong>{r.name}</strong>: {t(`reminderResult.${r.result}`)}
              </li>
            ))}
          </ul>
          <Button onClick={() => setResults(null)}>{t('common:dismiss')}</Button>
        </section>
      )}
      <BulkActionBar selection={selection} pageIds={rows.map((r) => r.id)}>
        <Button variant="primary" disabled={!chosen.length} onClick={() => setAsking(true)}>
          {t('remindSelected')}
        </Button>
      </BulkActionBar>
      <ConfirmDialog open={asking} title={t('remindSelectedTitle')} confirmLabel={t('remindNow')} busy={fetching} onConfirm={() => void send()} onCancel={() => setAsking(false)}>
        <p>{t('remindSelectedText', { count: chosen.length })}</p>
      </ConfirmDialog>
    </>
  );
}
