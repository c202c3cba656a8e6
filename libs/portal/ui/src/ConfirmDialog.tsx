import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question on the native <dialog>: focus is trapped, Escape cancels. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const ref = useRef<HTMLDialogElement>(null);
  // Unique per dialog: a page may hold several (delete a record, unlink an item…).
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="lr-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => (e.preventDefault(), onCancel())}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="lr-dialog__body">{children}</div>
      <div className="lr-dialog__actions">
        <Button onClick={onCancel}>{t('cancel')}</Button>
        <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
