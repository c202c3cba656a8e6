import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';

export interface Change<State extends string = string> {
  id: string;
  at: string;
  from: State;
  to: State;
  changedBy: string;
  reason?: string | null;
}

export interface ChangeHistoryProps<State extends string> {
  title: string;
  /** Shown when nothing has changed yet. */
  empty: string;
  changes: Change<State>[];
  /** The state's name for people, e.g. a phase label in their language. */
  stateName(state: State): string;
}

/** A record's moves through its states (a route's phases, a practice's statuses), oldest first. */
export function ChangeHistory<State extends string>({ title, empty, changes, stateName }: ChangeHistoryProps<State>) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return (
    <section className="lr-card" aria-labelledby="history-heading">
      <h2 id="history-heading">{title}</h2>
      {changes.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li key={c.id}>
              {t('changeEntry', { at: new Date(c.at), from: stateName(c.from), to: stateName(c.to), name: c.changedBy })}
              {c.reason && <> — “{c.reason}”</>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
