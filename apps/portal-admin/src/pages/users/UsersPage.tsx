import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import {
  Button,
  ConfirmDialog,
  ConnectionView,
  FilterBar,
  PAGE_SIZE,
  PageHeader,
  SelectField,
  useUrlListState,
} from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AdminTabs } from '../../components/AdminTabs';
import { moduleLabel } from '../../components/module-label';
import { platformRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { AdminUsersQuery, Role } from '../../graphql/generated/graphql';
import {
  EditorModulesQuery,
  SendPasswordResetMutation,
  UnlockSignInMutation,
  UpdateUserMutation,
  UsersQuery,
} from '../../graphql/operations';
import { InviteUserForm, ROLES } from './InviteUserForm';
import { RoleDialog, type EditedUser } from './RoleDialog';

type UserRow = AdminUsersQuery['users']['edges'][number]['node'];

const FILTER_KEYS = ['q', 'role'] as const;

/**
 * Accounts: invite, change role and modules, deactivate or reactivate, unlock sign-in, send a
 * link to choose a new password (admins no longer type someone else's password: the person
 * chooses it through the e-mail's link).
 */
export function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { notify, user: me } = useSection();
  const format = useFormat();
  const list = useUrlListState(FILTER_KEYS);
  const role = (list.get('role') || undefined) as Role | undefined;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: UsersQuery,
    variables: {
      first: PAGE_SIZE,
      after: list.pages.after,
      filter: { search: list.get('q') || undefined, role },
    },
    requestPolicy: 'cache-and-network',
  });
  const [modulesResult] = useQuery({ query: EditorModulesQuery });
  const modules = modulesResult.data?.editorModules ?? [];
  const [, update] = useMutation(UpdateUserMutation);
  const [, unlock] = useMutation(UnlockSignInMutation);
  const [, sendReset] = useMutation(SendPasswordResetMutation);
  const [editing, setEditing] = useState<EditedUser | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [deactivating, setDeactivating] = useState<UserRow | null>(null);
  const [refusal, setRefusal] = useState<string>();
  const [busy, setBusy] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function setActive(user: UserRow, active: boolean) {
    setBusy(true);
    const result = await update({ input: { id: user.id, version: user.version, active } });
    setBusy(false);
    if (result.error) {
      const message = platformRefusal(result.error);
      return active ? notify(message, 'error') : setRefusal(message);
    }
    setDeactivating(null);
    notify(
      t(active ? 'userReactivated' : 'userDeactivated', { name: user.displayName }),
      'success',
    );
    reload();
  }

  async function unlockSignIn(user: UserRow) {
    const result = await unlock({ email: user.email });
    if (result.error) return notify(platformRefusal(result.error), 'error');
    notify(
      t(result.data?.unlockSignIn ? 'signInUnlocked' : 'signInWasNotLocked', {
        name: user.displayName,
      }),
      'success',
    );
  }

  async function sendResetLink(user: UserRow) {
    setBusy(true);
    const result = await sendReset({ userId: user.id });
    setBusy(false);
    if (result.error) return setRefusal(platformRefusal(result.error));
    setResetting(null);
    notify(t('resetLinkSent', { email: user.email }), 'success');
  }

  function status(u: UserRow): string {
    if (u.invitationPending) return t('invitationPending');
    return u.active ? t('active') : t('deactivated');
  }

  return (
    <>
      <PageHeader title={t('usersTitle')} breadcrumbs={[]} />
      <AdminTabs />
      <InviteUserForm
        modules={modules}
        onInvited={(email) => {
          notify(t('invitationSent', { email }), 'success');
          reload();
        }}
      />
      <h2>{t('usersTitle')}</h2>
      <FilterBar
        search={list.get('q')}
        onSearch={(v) => list.set('q', v)}
        onClear={list.filtered ? list.clear : undefined}
      >
        <SelectField
          label={t('role')}
          value={list.get('role')}
          onChange={(e) => list.set('role', e.target.value)}
          placeholder={t('allRoles')}
          options={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.users}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={reload}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('usersTitle')}
        rowKey={(u) => u.id}
        empty={<p>{t('common:noMatches')}</p>}
        columns={[
          {
            key: 'name',
            header: t('displayName'),
            render: (u) => (
              <>
                {u.displayName}
                <span className="admin-secondary">{u.email}</span>
              </>
            ),
          },
          {
            key: 'role',
            header: t('role'),
            render: (u) => [t(`common:roles.${u.role}`), ...u.modules.map(moduleLabel)].join(' · '),
          },
          { key: 'status', header: t('status'), render: status },
          {
            key: 'lastLogin',
            header: t('lastSignIn'),
            render: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('never')),
          },
          {
            key: 'actions',
            header: t('actions'),
            render: (u) =>
              // Admins keep their own access: the API refuses it, and the buttons are not offered.
              u.id === me.id ? null : (
                <span className="admin-row-actions">
                  <Button
                    aria-label={`${t('changeRole')}: ${u.displayName}`}
                    onClick={() => setEditing(u)}
                  >
                    {t('changeRole')}
                  </Button>
                  {u.active ? (
                    <Button
                      variant="danger"
                      aria-label={`${t('deactivate')}: ${u.displayName}`}
                      onClick={() => {
                        setRefusal(undefined);
                        setDeactivating(u);
                      }}
                    >
                      {t('deactivate')}
                    </Button>
                  ) : (
                    !u.invitationPending && (
                      <Button
                        aria-label={`${t('reactivate')}: ${u.displayName}`}
                        onClick={() => setActive(u, true)}
                      >
                        {t('reactivate')}
                      </Button>
                    )
                  )}
                  <Button
                    aria-label={`${t('unlockSignIn')}: ${u.displayName}`}
                    onClick={() => unlockSignIn(u)}
                  >
                    {t('unlockSignIn')}
                  </Button>
                  {/* Only an account that can sign in gets a reset link: the API refuses the others. */}
                  {u.active && !u.invitationPending && (
                    <Button
                      aria-label={`${t('sendResetLink')}: ${u.displayName}`}
                      onClick={() => {
                        setRefusal(undefined);
                        setResetting(u);
                      }}
                    >
                      {t('sendResetLink')}
                    </Button>
                  )}
                </span>
              ),
          },
        ]}
      />
      <RoleDialog
        user={editing}
        modules={modules}
        onCancel={() => setEditing(null)}
        onDone={() => {
          notify(t('roleChanged', { name: editing?.displayName ?? '' }), 'success');
          setEditing(null);
          reload();
        }}
      />
      <ConfirmDialog
        open={!!resetting}
        title={t('sendResetLinkTitle', { name: resetting?.displayName ?? '' })}
        confirmLabel={t('sendResetLink')}
        busy={busy}
        error={refusal}
        onConfirm={() => resetting && sendResetLink(resetting)}
        onCancel={() => setResetting(null)}
      >
        <p>{t('sendResetLinkBody', { email: resetting?.email ?? '' })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={!!deactivating}
        danger
        title={t('deactivateTitle', { name: deactivating?.displayName ?? '' })}
        confirmLabel={t('deactivate')}
        busy={busy}
        error={refusal}
        onConfirm={() => deactivating && setActive(deactivating, false)}
        onCancel={() => setDeactivating(null)}
      >
        <p>{t('deactivateBody')}</p>
      </ConfirmDialog>
    </>
  );
}
