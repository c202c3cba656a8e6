import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import { useFormState, type FieldValues } from 'react-hook-form';
import { Button } from '../Button';
import { ErrorSummary } from './ErrorSummary';
import type { ApiForm } from './use-api-form';

/**
 * The banner above a form: "someone saved first" with a reload button, or, after a failed
 * submit, the summary of every problem (links to the fields) with the API's message.
 * Nothing is overwritten silently.
 */
export function FormBanner<Values extends FieldValues>({
  form,
  onReload,
}: {
  form: ApiForm<Values>;
  /** Fetches the record again; forms that only create (never hit a stale version) leave it out. */
  onReload?(): void;
}) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const { errors } = useFormState({ control: form.control });
  if (errors.root?.['stale']) {
    return (
      <div ref={form.summaryRef} className="lr-notice" role="alert" tabIndex={-1}>
        <p>{t('staleEdit')}</p>
        {onReload && <Button onClick={() => (form.clearErrors(), onReload())}>{t('reload')}</Button>}
      </div>
    );
  }
  const message = errors.root?.['server']?.message;
  // The summary stays as the last submit left it until the next one, unless everything is fixed.
  if (!Object.keys(errors).length || (!message && !form.summary.length)) return null;
  return <ErrorSummary ref={form.summaryRef} entries={form.summary} message={message} />;
}
