import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import type { Column } from '../DataTable';
import type { RowSelection } from './row-selection';

/** Words a section may put instead of the common ones, e.g. "Choose Ana Quispe" and "3 chosen". */
export interface SelectionWords {
  /** The checkbox of a row, named after the row for screen readers. */
  row?: (name: string) => string;
  /** The header of the checkbox column. */
  header?: string;
}

/**
 * The first column of a list whose rows can be acted on together: a checkbox per row, named
 * after the row for screen readers ("Select Ana Quispe").
 */
export function useSelectionColumn<T>(selection: RowSelection, idOf: (row: T) => string, nameOf: (row: T) => string, words: SelectionWords = {}): Column<T> {
  const { t } = useTranslation(COMMON_NAMESPACE);
  return {
    key: 'select',
    header: words.header ?? t('selectedCount', { count: selection.count }),
    render: (row) => (
      <label className="lr-bulk__row">
        <input type="checkbox" className="lr-bulk__check" checked={selection.has(idOf(row))} onChange={() => selection.toggle(idOf(row))} />
        <span className="lr-visually-hidden">{words.row ? words.row(nameOf(row)) : t('selectRow', { name: nameOf(row) })}</span>
      </label>
    ),
  };
}

export interface BulkActionBarProps {
  selection: RowSelection;
  /** The ids of the rows shown, for "select all on this page". */
  pageIds: readonly string[];
  /** The actions (buttons); they should be disabled while nothing is chosen. */
  children: ReactNode;
  /** Words instead of the common ones: the bar's name, "select all on this page", the count. */
  words?: { label?: string; selectPage?: string; count?: (count: number) => string };
}

/**
 * Above a list: "select all on this page", how many rows are chosen, the actions, and a way
 * to clear the choice. Stays in view while scrolling on a phone (styles.css).
 */
export function BulkActionBar({ selection, pageIds, children, words = {} }: BulkActionBarProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selection.has(id));
  return (
    <div className="lr-bulk" role="group" aria-label={words.label ?? t('bulkActions')}>
      <label className="lr-checkbox">
        <input type="checkbox" checked={allOnPage} disabled={!pageIds.length} onChange={(e) => selection.setAll(pageIds, e.target.checked)} />
        {words.selectPage ?? t('selectPage')}
      </label>
      <span className="lr-bulk__count" aria-live="polite">
        {words.count ? words.count(selection.count) : t('selectedCount', { count: selection.count })}
      </span>
      <span className="lr-bulk__actions">{children}</span>
      {selection.count > 0 && (
        <Button variant="link" onClick={selection.clear}>
          {t('clearSelection')}
        </Button>
      )}
    </div>
  );
}

/** What became of one row of a bulk action. */
export interface BulkOutcome {
  id: string;
  /** The row as people know it, e.g. the participant's name. */
  label: string;
  /** done; refused (with its reason); unchanged: not refused itself, but an all-or-nothing action was. */
  result: 'done' | 'refused' | 'unchanged';
  /** Why it was refused, already translated. */
  reason?: string | null;
}

export interface BulkResultsProps {
  outcomes: readonly BulkOutcome[];
  onDismiss(): void;
  /** Instead of "Results", e.g. "Nothing was changed: 1 of 3 cannot be selected". */
  title?: string;
  /** Said under the title, e.g. what to do next. */
  children?: ReactNode;
  /** Refusals look like an error panel, the rest like a card. */
  tone?: 'error' | 'info';
}

/**
 * After a bulk action: how many rows it did, refused and left unchanged, then each row with its
 * result, so nobody has to compare the list before and after to find what did not happen.
 */
export function BulkResults({ outcomes, onDismiss, title, children, tone }: BulkResultsProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const count = (result: BulkOutcome['result']) => outcomes.filter((o) => o.result === result).length;
  const refused = count('refused');
  const describe = (o: BulkOutcome) => (o.result === 'done' ? t('bulkDone') : o.result === 'refused' ? t('bulkRefused', { reason: o.reason ?? '' }) : t('bulkUnchanged'));
  return (
    <section className={`lr-card lr-bulk-results ${(tone ?? (refused ? 'error' : 'info')) === 'error' ? 'lr-bulk-results--error' : ''}`} aria-live="polite" aria-label={title ?? t('bulkResults')}>
      <h2>{title ?? t('bulkResults')}</h2>
      {children}
      <p>{t('bulkSummary', { done: count('done'), refused, unchanged: count('unchanged') })}</p>
      <ul>
        {outcomes.map((o) => (
          <li key={o.id} className={`lr-bulk-results__${o.result}`}>
            <strong>{o.label}</strong>: {describe(o)}
          </li>
        ))}
      </ul>
      <Button onClick={onDismiss}>{t('dismiss')}</Button>
    </section>
  );
}
