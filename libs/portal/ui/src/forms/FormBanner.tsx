import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useTranslation } from 'react-i18next';
import { useFormState, type FieldValues } from 'react-hook-form';
import { Button } from '../Button';
import { ErrorPanel } from '../ErrorPanel';
import type { ApiForm } from './use-api-form';

/**
 * The banner above a form: "someone saved first" with a reload button, the API's message, or a
 * summary when fields show messages. Nothing is overwritten silently.
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
      <div className="lr-notice" role="alert">
        <p>{t('staleEdit')}</p>
        {onReload && <Button onClick={() => (form.clearErrors(), onReload())}>{t('reload')}</Button>}
      </div>
    );
  }
  const message = errors.root?.['server']?.message;
  if (message) return <ErrorPanel title={message} />;
  if (Object.keys(errors).some((name) => name !== 'root')) return <ErrorPanel title={t('formHasErrors')} />;
  return null;
}
