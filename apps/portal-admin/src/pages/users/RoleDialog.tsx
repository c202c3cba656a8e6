import { CheckboxGroup, ConfirmDialog, SelectField } from '@lr/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { moduleLabel } from '../../components/module-label';
import { platformRefusal } from '../../components/refusals';
import type { Role } from '../../graphql/generated/graphql';
import { UpdateUserMutation } from '../../graphql/operations';
import { ROLES } from './InviteUserForm';

export interface EditedUser {
  id: string;
  version: number;
  displayName: string;
  role: Role;
  modules: string[];
}

/** Changes someone's role and, for an editor, the modules they write in; effective from their next request. */
export function RoleDialog({
  user,
  modules,
  onDone,
  onCancel,
}: {
  user: EditedUser | null;
  modules: string[];
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const [role, setRole] = useState<Role>('VIEWER');
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>();
  const [saving, update] = useMutation(UpdateUserMutation);
  useEffect(() => {
    if (!user) return;
    setRole(user.role);
    setChosen(user.modules);
    setProblem(undefined);
  }, [user]);

  async function save() {
    if (!user) return;
    // The API's rule, checked first so the words are the reader's: an editor writes in at least one module.
    if (role === 'EDITOR' && chosen.length === 0) return setProblem(t('modulesNeeded'));
    const result = await update({
      input: { id: user.id, version: user.version, role, modules: role === 'EDITOR' ? chosen : [] },
    });
    if (result.error) return setProblem(platformRefusal(result.error));
    onDone();
  }

  return (
    <ConfirmDialog
      open={!!user}
      title={t('changeRoleTitle', { name: user?.displayName ?? '' })}
      confirmLabel={t('common:save')}
      busy={saving.fetching}
      error={problem}
      onConfirm={save}
      onCancel={onCancel}
    >
      <SelectField
        label={t('role')}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        options={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
      />
      {role === 'EDITOR' && (
        <CheckboxGroup
          legend={t('editorModules')}
          options={modules.map((m) => ({ value: m, label: moduleLabel(m) }))}
          value={chosen}
          onChange={setChosen}
        />
      )}
    </ConfirmDialog>
  );
}
