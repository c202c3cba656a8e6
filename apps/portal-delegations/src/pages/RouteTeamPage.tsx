import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, ErrorPanel, FormBanner, FormSelect, PageHeader, PersonPicker, Skeleton, useApiForm } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { TEAM_ROLES } from '../components/labels';
import { isRouteClosed, selectionRefusal } from '../components/refusals';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { RouteTeamQuery as TeamResult, TeamRole } from '../graphql/generated/graphql';
import { AddRouteTeamMemberMutation, RemoveRouteTeamMemberMutation, RouteTeamQuery, UpdateRouteTeamMemberMutation } from '../graphql/operations';

type Member = NonNullable<NonNullable<TeamResult['route']['routeTeam']>[number]>;

/**
 * The route team: people who travel with the route without being learners (they count toward
 * its size). A role change has an exact inverse, so it happens at once with Undo; removing
 * someone is confirmed first.
 */
export function RouteTeamPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, notify } = useSection();
  const { routeId, choose } = useChosenRoute();
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteTeamQuery, variables: { routeId }, pause: !routeId });
  const [, update] = useMutation(UpdateRouteTeamMemberMutation);
  const [, remove] = useMutation(RemoveRouteTeamMemberMutation);
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const [removeError, setRemoveError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const team = routeId ? (data?.route.routeTeam ?? []) : [];
  const roleName = (r: TeamRole) => t(`teamRoles.${r}`);
  const problem = (e: Parameters<typeof selectionRefusal>[0]) => (isRouteClosed(e) ? t('routeClosed') : (errorMessage(e) ?? ''));

  async function setRole(member: Member, role: TeamRole, version: number, done: string) {
    const result = await update({ input: { id: member.id, version, role } });
    notify(result.error ? problem(result.error) : done, result.error ? 'error' : 'success');
    reload();
  }

  async function changeRole(member: Member, next: TeamRole) {
    const name = member.person?.fullName ?? '';
    const previous = member.role;
    const result = await update({ input: { id: member.id, version: member.version, role: next } });
    reload();
    if (result.error || !result.data) return notify(result.error ? problem(result.error) : '', 'error');
    const version = result.data.updateRouteTeamMember.version;
    notify(t('teamRoleChanged', { name, role: roleName(next) }), 'success', {
      label: t('common:undo'),
      onAction: () => setRole(member, previous, version, t('teamRoleRestored', { name, role: roleName(previous) })),
    });
  }

  async function confirmRemove() {
    if (!toRemove) return;
    const result = await remove({ id: toRemove.id, version: toRemove.version });
    if (result.error) return setRemoveError(errorCode(result.error) === 'CONFLICT' ? t('common:staleEdit') : problem(result.error));
    notify(t('teamMemberRemoved', { name: toRemove.person?.fullName ?? '' }), 'success');
    setToRemove(null);
    reload();
  }

  return (
    <>
      <PageHeader title={t('teamTitle')} breadcrumbs={[]} />
      <p>{t('teamIntro')}</p>
      {!canEdit && <p className="lr-delegations-muted">{t('common:readOnly')}</p>}
      <div className="lr-filterbar lr-delegations-routebar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : error ? (
        <ErrorPanel title={t('teamFailed')} onRetry={reload}>
          {errorMessage(error)}
        </ErrorPanel>
      ) : fetching && !data ? (
        <Skeleton width="60%" />
      ) : (
        <section className="lr-card" aria-labelledby="team-heading">
          <h2 id="team-heading">{t('teamOf', { route: data?.route.title ?? '' })}</h2>
          {team.length === 0 ? (
            <p className="lr-empty">{canEdit ? t('noTeamHint') : t('noTeam')}</p>
          ) : (
            <div className="lr-table-wrap">
              <table className="lr-table lr-table--cards">
                <caption className="lr-visually-hidden">{t('teamTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('country')}</th>
                    <th scope="col">{t('teamRole')}</th>
                    {canEdit && (
                      <th scope="col">
                        <span className="lr-visually-hidden">{t('removeFromTeam')}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {team.map((m) => {
                    const name = m.person?.fullName ?? m.id;
                    return (
                      <tr key={m.id}>
                        <td data-label={t('name')}>
                          <Link to={`/routes/people?q=${encodeURIComponent(name)}`}>{name}</Link>
                        </td>
                        <td data-label={t('country')}>{m.person?.country?.name ?? '—'}</td>
                        <td data-label={t('teamRole')}>
                          {canEdit ? (
                            <select
                              className="lr-input"
                              aria-label={t('teamRoleOf', { name })}
                              value={m.role}
                              onChange={(e) => changeRole(m, e.target.value as TeamRole)}
                            >
                              {TEAM_ROLES.map((r) => (
                                <option key={r} value={r}>
                                  {roleName(r)}
                                </option>
                              ))}
                            </select>
                          ) : (
                            roleName(m.role)
                          )}
                        </td>
                        {canEdit && (
                          <td data-label={t('removeFromTeam')}>
                            <Button variant="danger" aria-label={t('removeNamed', { name })} onClick={() => (setRemoveError(undefined), setToRemove(m))}>
                              {t('removeFromTeam')}
                            </Button>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {canEdit && <AddTeamMemberForm routeId={routeId} onAdded={reload} />}
        </section>
      )}
      <ConfirmDialog
        open={!!toRemove}
        title={t('confirmRemoveMember')}
        confirmLabel={t('removeFromTeam')}
        danger
        error={removeError}
        onConfirm={confirmRemove}
        onCancel={() => setToRemove(null)}
      >
        <p>{t('confirmRemoveMemberText', { name: toRemove?.person?.fullName ?? '', role: toRemove ? roleName(toRemove.role) : '' })}</p>
      </ConfirmDialog>
    </>
  );
}

interface AddValues {
  personId: string;
  role: TeamRole | '';
}

/** Adds someone to the route team, refused when the route would be over its size. */
function AddTeamMemberForm({ routeId, onAdded }: { routeId: string; onAdded(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { notify } = useSection();
  const [, add] = useMutation(AddRouteTeamMemberMutation);
  const form = useApiForm<AddValues>({ defaultValues: { personId: '', role: '' } });
  const [refusal, setRefusal] = useState<string>();

  const submit = form.submit(async (values) => {
    setRefusal(undefined);
    const result = await add({ input: { routeId, personId: values.personId, role: values.role as TeamRole } });
    if (result.error && errorCode(result.error) === 'PHASE_RULE') return setRefusal(selectionRefusal(result.error));
    // A person is on a route once (alreadyParticipant, inRouteTeam): said next to the person.
    if (result.error) return form.showApiError(result.error);
    form.reset({ personId: '', role: '' });
    notify(t('teamMemberAdded'), 'success');
    onAdded();
  });

  return (
    <form ref={form.formRef} className="lr-delegations-subform" onSubmit={submit} noValidate aria-labelledby="add-member-heading">
      <h3 id="add-member-heading">{t('addTeamMember')}</h3>
      <FormBanner form={form} />
      <PersonPicker form={form} name="personId" label={t('person')} required={t('choosePerson')} />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="role"
          rules={{ required: t('chooseTeamRole') }}
          label={t('teamRole')}
          required
          placeholder={t('common:choose')}
          options={TEAM_ROLES.map((r) => ({ value: r, label: t(`teamRoles.${r}`) }))}
        />
      </div>
      {refusal && (
        <p className="lr-field__error" role="alert">
          {refusal}
        </p>
      )}
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('addTeamMember')}
        </Button>
      </div>
    </form>
  );
}
