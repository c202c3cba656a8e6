import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { StatusBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import { DelegationDetailQuery, DeleteDelegationMutation } from '../graphql/operations';
import { AddParticipantForm } from './AddParticipantForm';

/** One delegation: what it is, its members and their selection, and (for editors) a way to add one. */
export function DelegationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, notify, basePath } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DelegationDetailQuery, variables: { id } });
  const [, remove] = useMutation(DeleteDelegationMutation);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.delegation) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('delegationFailed')} breadcrumbs={[]} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('delegationFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const delegation = data.delegation;
  const routeHome = delegation.route ? `${basePath}?route=${delegation.route.id}` : basePath;

  async function deleteDelegation() {
    const result = await remove({ id: delegation.id, version: delegation.version });
    if (result.error) return setDeleteError(errorMessage(result.error));
    setConfirmDelete(false);
    notify(t('delegationDeleted', { name: delegation.name }), 'success');
    navigate(routeHome);
  }

  return (
    <>
      <PageHeader
        title={delegation.name}
        breadcrumbs={delegation.route ? [{ label: delegation.route.title, to: routeHome }] : []}
        badge={<span className="lr-badge">{t(`kinds.${delegation.kind}`)}</span>}
      >
        {canEdit && (
          <>
            <Link className="lr-button" to={`${basePath}/${delegation.id}/edit`}>
              {t('common:edit')}
            </Link>
            <Button variant="danger" onClick={() => (setDeleteError(undefined), setConfirmDelete(true))}>
              {t('deleteDelegation')}
            </Button>
          </>
        )}
      </PageHeader>

      <section className="lr-card" aria-labelledby="delegation-heading">
        <h2 id="delegation-heading">{t('details')}</h2>
        <dl className="lr-details">
          <dt>{t('route')}</dt>
          <dd>{delegation.route ? <Link to={routeHome}>{delegation.route.title}</Link> : '—'}</dd>
          <dt>{t('kind')}</dt>
          <dd>{t(`kinds.${delegation.kind}`)}</dd>
          <dt>{t('country')}</dt>
          <dd>{delegation.country?.name ?? '—'}</dd>
          <dt>{t('head')}</dt>
          <dd>{delegation.headPerson?.fullName ?? '—'}</dd>
          <dt>{t('organisations')}</dt>
          <dd>{delegation.organisations.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join(' · ') || '—'}</dd>
          <dt>{t('selectedOfTotal')}</dt>
          <dd>{t('selectedCount', { selected: delegation.selectedCount, total: delegation.participants.length })}</dd>
        </dl>
        {delegation.notes && (
          <>
            <h3>{t('notes')}</h3>
            <p>{delegation.notes}</p>
          </>
        )}
      </section>

      <section className="lr-card" aria-labelledby="members-heading">
        <div className="lr-toolbar">
          <h2 id="members-heading">{t('members')}</h2>
          {delegation.route && (
            <Link className="lr-action-link" to={`${basePath}/participants?route=${delegation.route.id}&delegation=${delegation.id}`}>
              {t('decideMembers')}
            </Link>
          )}
        </div>
        {delegation.participants.length === 0 ? (
          <p>{canEdit ? t('noMembersHint') : t('noMembers')}</p>
        ) : (
          <div className="lr-table-wrap">
            <table className="lr-table lr-table--cards">
              <caption className="lr-visually-hidden">{t('members')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('sector')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {delegation.participants.map((p) => (
                  <tr key={p.id}>
                    <td data-label={t('name')}>
                      <Link to={`${basePath}/participants/${p.id}`}>{p.person?.fullName ?? p.id}</Link>
                      {p.roles.includes('BLOGGER') && <span className="lr-delegations-muted"> ({t('blogger')})</span>}
                    </td>
                    <td data-label={t('sector')}>{t(`sectors.${p.sector}`)}</td>
                    <td data-label={t('status')}>
                      <StatusBadge status={p.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canEdit && <AddParticipantForm delegationId={delegation.id} onAdded={reload} />}
      </section>

      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeleteDelegation')}
        confirmLabel={t('common:delete')}
        danger
        error={deleteError}
        onConfirm={deleteDelegation}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>
          {delegation.participants.length
            ? t('confirmDeleteDelegationMembers', { name: delegation.name, count: delegation.participants.length })
            : t('confirmDeleteDelegationText', { name: delegation.name })}
        </p>
      </ConfirmDialog>
    </>
  );
}
