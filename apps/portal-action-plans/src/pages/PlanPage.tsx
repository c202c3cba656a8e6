import { errorCode, errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ChangeHistory, ConfirmDialog, ErrorPanel, PageHeader, Skeleton, useAuthorizedDownload } from '@lr/portal-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PlanStatusBadge } from '../components/labels';
import { PlanTabs, usePlanCrumbs, usePlanPaths } from '../components/plan-nav';
import { planRefusal } from '../components/refusals';
import { ReviewList } from '../components/ReviewList';
import { useSection } from '../components/section-context';
import type { PlanDetailQuery as DetailResult, PlanStatus } from '../graphql/generated/graphql';
import { DeleteActionPlanMutation, PlanDetailQuery } from '../graphql/operations';
import { ActivitiesEditor } from './plan/ActivitiesEditor';
import { usePlanEditOptions } from './plan/edit-options';
import { ObjectivesEditor } from './plan/ObjectivesEditor';
import { OverviewForm } from './plan/OverviewForm';
import { PlanReadView } from './plan/PlanReadView';
import { SmartPanel } from './plan/SmartPanel';
import { StatusCard } from './plan/StatusCard';

export type PlanDetail = NonNullable<DetailResult['actionPlan']>;

/** One plan at its own address. */
export function PlanPage() {
  const { id = '' } = useParams();
  return <PlanView id={id} />;
}

/**
 * A plan: where it stands in its review and the moves open to the user, its SMART check, and its
 * content — as an editor in sections (overview, objectives, activities, each saved on its own,
 * with the SMART findings next to the fields they concern) for those who may change it now, else
 * to read. `home` shows it as a participant's home (no breadcrumbs).
 */
export function PlanView({ id, home, onDeleted, children }: { id: string; home?: boolean; onDeleted?(): void; children?: ReactNode }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanDetailQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.actionPlan) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        {!home && <PageHeader title={t('planFailed')} breadcrumbs={[]} />}
        <ErrorPanel title={notFound ? t('common:notFound') : t('planFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  return (
    <PlanContent plan={data.actionPlan} home={home} onChanged={reload} onDeleted={onDeleted}>
      {children}
    </PlanContent>
  );
}

function PlanContent({ plan, home, onChanged, onDeleted, children }: { plan: PlanDetail; home?: boolean; onChanged(): void; onDeleted?(): void; children?: ReactNode }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify, language } = useSection();
  const format = useFormat();
  const paths = usePlanPaths();
  const navigate = useNavigate();
  const crumbs = usePlanCrumbs(plan, false);
  const { busy, download } = useAuthorizedDownload(useSection(), (message) => t('downloadFailed', { message }));
  const [, remove] = useMutation(DeleteActionPlanMutation);
  const options = usePlanEditOptions(plan.id, !plan.mayEdit);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const statusName = (s: PlanStatus) => t(`statuses.${s}`);
  const deletable = plan.mayEdit && plan.status === 'DRAFT' && plan.versionCount === 0;
  // While a revision is asked for, what the reviewers of the latest version said, next to the editor.
  const askedFor = (plan.reviews ?? []).filter((r) => r.versionId === plan.latestVersion?.id);

  async function deletePlan() {
    const result = await remove({ id: plan.id, version: plan.version });
    if (result.error) return setDeleteError(planRefusal(result.error));
    setConfirmDelete(false);
    notify(t('planDeleted', { title: plan.title }), 'success');
    if (onDeleted) onDeleted();
    else navigate(paths.list(plan.route?.id), { replace: true });
  }

  return (
    <>
      <PageHeader title={plan.title} breadcrumbs={home ? undefined : crumbs} badge={<PlanStatusBadge status={plan.status} />}>
        <Button busy={busy === 'pdf'} onClick={() => download('pdf', `/action-plans/plans/${plan.id}.pdf?lang=${language}`, 'action-plan.pdf')}>
          {t('downloadPdf')}
        </Button>
        {deletable && (
          <Button variant="danger" onClick={() => (setDeleteError(undefined), setConfirmDelete(true))}>
            {t('deletePlan')}
          </Button>
        )}
      </PageHeader>
      <p className="lr-ap-muted">
        {[plan.delegation?.name, plan.route?.title].filter(Boolean).join(' · ')}
        {' · '}
        {t('writtenIn', { language: t(`languages.${plan.language}`) })}
      </p>
      <PlanTabs planId={plan.id} versionCount={plan.versionCount} />
      {children}

      <StatusCard plan={plan} onChanged={onChanged} />
      <SmartPanel check={plan.smartCheck} editing={plan.mayEdit} />

      {plan.status === 'REVISION_REQUESTED' && askedFor.length > 0 && (
        <section className="lr-card lr-ap-asked" aria-labelledby="asked-heading">
          <h2 id="asked-heading">{t('whatReviewersAsked', { number: plan.latestVersion?.number ?? 0 })}</h2>
          <ReviewList reviews={askedFor} empty="" />
        </section>
      )}

      {plan.mayEdit ? (
        <>
          <p className="lr-notice">
            {plan.status === 'DRAFT' ? t('editDraftHint') : plan.status === 'REVISION_REQUESTED' ? t('editRevisionHint') : t('editAsEditorHint', { status: t(`statuses.${plan.status}`) })}
          </p>
          <OverviewForm key={`overview-${plan.version}`} plan={plan} options={options} onSaved={onChanged} />
          <ObjectivesEditor plan={plan} onChanged={onChanged} />
          <ActivitiesEditor plan={plan} options={options} onChanged={onChanged} />
        </>
      ) : (
        <PlanReadView plan={plan} />
      )}

      {plan.awards.length > 0 && (
        <section className="lr-card" aria-labelledby="plan-awards-heading">
          <h2 id="plan-awards-heading">{t('awardsOfPlan')}</h2>
          <ul className="lr-ap-list">
            {plan.awards.map((a) => (
              <li key={a.id}>
                <strong>{t(`awardKinds.${a.kind}`)}</strong> — {format.money(a.amount)}: {a.description}
              </li>
            ))}
          </ul>
        </section>
      )}

      {plan.statusHistory && <ChangeHistory title={t('statusHistory')} empty={t('noStatusHistory')} changes={plan.statusHistory} stateName={statusName} />}

      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeletePlan')}
        confirmLabel={t('deletePlan')}
        danger
        error={deleteError}
        onConfirm={deletePlan}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeletePlanText', { title: plan.title })}</p>
      </ConfirmDialog>
    </>
  );
}
