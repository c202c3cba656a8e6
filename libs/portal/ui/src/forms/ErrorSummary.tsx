import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryEntry } from './error-summary-entries';

/**
 * Every problem of a failed submit, each a link to its field, plus the API's message when it
 * has one for the whole form. It takes the focus after a failed submit, so keyboard and screen
 * reader users start from the list rather than from the button they pressed.
 */
export function ErrorSummary({ entries, message, ref }: { entries: SummaryEntry[]; message?: string; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const titleId = useId();
  const title = entries.length ? t('errorSummary', { count: entries.length }) : (message ?? '');
  return (
    <div ref={ref} className="lr-error-panel lr-error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {entries.length > 0 && message && <p>{message}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map((entry) => (
            <li key={entry.controlId}>
              <a
                href={`#${entry.controlId}`}
                onClick={(e) => {
                  e.preventDefault();
                  const control = document.getElementById(entry.controlId);
                  control?.scrollIntoView({ block: 'center' });
                  control?.focus();
                }}
              >
                {t('fieldProblem', { field: entry.label, message: entry.message })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
