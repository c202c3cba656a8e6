import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { useFocusTrap } from './focus-trap';
import { TextArea } from './fields';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The way out, when "Cancel" says too little (e.g. "Stay on the page"). */
  cancelLabel?: string;
  danger?: boolean;
  /**
   * Asks why, for the record (a rejection, a route closed, a step back): `required` refuses to
   * confirm without one. The reason is handed to `onConfirm`.
   */
  reason?: { required: boolean; label?: string; hint?: string };
  /** A message about the last attempt (e.g. the API refused), shown inside the dialog. */
  error?: string;
  busy?: boolean;
  onConfirm(reason: string): void;
  onCancel(): void;
}

/** A modal question on the native <dialog>: focus is trapped, Escape cancels. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, danger, reason, error, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const ref = useRef<HTMLDialogElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // Unique per dialog: a page may hold several (delete a record, unlink an item…).
  const titleId = useId();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  useFocusTrap(ref, open);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setText('');
      setMissing(false);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (reason?.required && !text.trim()) {
      setMissing(true);
      reasonRef.current?.focus();
      return;
    }
    onConfirm(text.trim());
  }

  return (
    <dialog ref={ref} className="lr-dialog" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onCancel())}>
      <form onSubmit={confirm} noValidate>
        <h2 id={titleId}>{title}</h2>
        <div className="lr-dialog__body">{children}</div>
        {reason && (
          <TextArea
            ref={reasonRef}
            label={reason.label ?? t('reason')}
            hint={reason.hint ?? (reason.required ? t('reasonRequiredHint') : t('reasonOptionalHint'))}
            required={reason.required}
            rows={3}
            value={text}
            onChange={(e) => (setText(e.target.value), setMissing(false))}
            error={missing ? t('reasonRequired') : undefined}
          />
        )}
        {error && (
          <p className="lr-field__error" role="alert">
            {error}
          </p>
        )}
        <div className="lr-dialog__actions">
          <Button onClick={onCancel}>{cancelLabel ?? t('cancel')}</Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} busy={busy}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
