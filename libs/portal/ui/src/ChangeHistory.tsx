export interface Change {
  id: string;
  at: string;
  from: string;
  to: string;
  changedBy: string;
  reason?: string | null;
}

export interface ChangeHistoryProps {
  title: string;
  /** Shown when nothing has changed yet. */
  empty: string;
  changes: Change[];
  language: string;
  /** The state's name for people, e.g. a phase label in their language. */
  stateName(state: string): string;
  byLine(name: string): string;
}

/** A record's moves through its states (a route's phases, a practice's statuses), oldest first. */
export function ChangeHistory({
  title,
  empty,
  changes,
  language,
  stateName,
  byLine,
}: ChangeHistoryProps) {
  return (
    <section className="lr-card" aria-labelledby="history-heading">
      <h2 id="history-heading">{title}</h2>
      {changes.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol>
          {changes.map((c) => (
            <li key={c.id}>
              {new Date(c.at).toLocaleString(language)}: {stateName(c.from)} → {stateName(c.to)}{' '}
              {byLine(c.changedBy)}
              {c.reason && <> — “{c.reason}”</>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
