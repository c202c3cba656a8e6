import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { actionRefusal } from './refusals';
import { useSection } from './section-context';

interface DeletionOptions {
  /** The dialog's question, e.g. "Delete this story?". */
  title: string;
  /** What is deleted, named in the dialog. */
  name: string;
  /** Deletes at the version read; a refusal (someone changed it meanwhile) stays in the dialog. */
  remove(): Promise<{ error?: CombinedError }>;
  onDone(): void;
}

/**
 * Deleting a record asks first: `ask` opens the question, `dialog` must be rendered after the
 * editor's <form>, never inside it, since the dialog's own form would submit the editor's too.
 */
export function useDeletion({ title, name, remove, onDone }: DeletionOptions): {
  ask(): void;
  dialog: ReactNode;
} {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    const result = await remove();
    setBusy(false);
    if (result.error) return setError(actionRefusal(result.error));
    setOpen(false);
    notify(t('common:deleted'), 'success');
    onDone();
  }

  const dialog = (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={t('common:delete')}
      danger
      error={error}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={() => setOpen(false)}
    >
      <p>{t('deleteForGood', { name })}</p>
    </ConfirmDialog>
  );
  return { ask: () => (setError(undefined), setOpen(true)), dialog };
}

/** An editor's buttons: save, cancel, and (for a record that exists) delete after asking. */
export function EditorActions({ saving, onCancel, onDelete }: { saving: boolean; onCancel(): void; onDelete?: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="lr-form-actions">
      <Button type="submit" variant="primary" busy={saving}>
        {t('save')}
      </Button>
      <Button onClick={onCancel}>{t('cancel')}</Button>
      {onDelete && (
        <Button variant="danger" onClick={onDelete}>
          {t('delete')}
        </Button>
      )}
    </div>
  );
}
