import { errorMessage } from '@lr/portal-graphql';
import { ConfirmDialog, TextField } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { UpdateUserMutation } from '../../graphql/operations';
import type { EditedUser } from './RoleDialog';

/** The API's shortest password (libs/server/core/src/auth/password.ts). */
const MIN_PASSWORD = 10;

/**
 * Sets a new password for someone who lost theirs; the admin tells it to them and they change it.
 * The old one stops working at once.
 */
export function PasswordDialog({
  user,
  onDone,
  onCancel,
}: {
  user: EditedUser | null;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [saving, update] = useMutation(UpdateUserMutation);
  useEffect(() => {
    setPassword('');
    setProblem(undefined);
  }, [user]);

  async function save() {
    if (!user) return;
    if (password.length < MIN_PASSWORD)
      return setProblem(t('common:validation.minLength', { limit: MIN_PASSWORD }));
    const result = await update({ input: { id: user.id, version: user.version, password } });
    if (result.error) return setProblem(errorMessage(result.error));
    onDone();
  }

  return (
    <ConfirmDialog
      open={!!user}
      danger
      title={t('resetPasswordTitle', { name: user?.displayName ?? '' })}
      confirmLabel={t('resetPassword')}
      busy={saving.fetching}
      error={problem}
      onConfirm={save}
      onCancel={onCancel}
    >
      <p>{t('resetPasswordBody')}</p>
      <TextField
        label={t('newPassword')}
        type="text"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
    </ConfirmDialog>
  );
}
