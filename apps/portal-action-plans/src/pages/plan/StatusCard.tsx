import { StateMoves, type MoveSafety } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { PLAN_STATUSES } from '../../components/labels';
import { usePlanPaths } from '../../components/plan-nav';
import { planRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { PlanStatus } from '../../graphql/generated/graphql';
import { ChangeActionPlanStatusMutation } from '../../graphql/operations';
import type { PlanDetail } from '../PlanPage';

/**
 * Where the plan stands in its review, what that means for whoever reads it, and the moves the
 * API offers this user. None goes back by itself (a submitted version stays frozen, a final plan
 * stays final), so each asks first; a revision needs its reason, which the delegation reads.
 */
export function StatusCard({ plan, onChanged }: { plan: PlanDetail; onChanged(): void }) {
  const { t } = useTranslation(['action-plans', 'common']);
  const { notify, user } = useSection();
  const paths = usePlanPaths();
  const [, change] = useMutation(ChangeActionPlanStatusMutation);
  const statusName = (s: PlanStatus) => t(`statuses.${s}`);
  const next = plan.versionCount + 1;

  function safety(to: PlanStatus): MoveSafety {
    switch (to) {
      case 'SUBMITTED':
        return { kind: 'confirm', title: t('confirmSubmit'), text: t('confirmSubmitText', { number: next }), confirmLabel: t('moves.SUBMITTED'), reason: 'optional' };
      case 'IN_REVIEW':
        return { kind: 'confirm', title: t('confirmTakeIntoReview'), text: t('confirmTakeIntoReviewText'), confirmLabel: t('moves.IN_REVIEW'), reason: 'optional' };
      case 'REVISION_REQUESTED':
        return { kind: 'confirm', title: t('confirmRequestRevision'), text: t('confirmRequestRevisionText'), confirmLabel: t('moves.REVISION_REQUESTED'), reason: 'required' };
      case 'FINAL':
        return { kind: 'confirm', title: t('confirmMakeFinal'), text: t('confirmMakeFinalText'), confirmLabel: t('moves.FINAL'), reason: 'optional' };
      default:
        return { kind: 'confirm', title: t('confirmMove', { status: statusName(to) }), text: t('confirmMoveText'), confirmLabel: t(`moves.${to}`), reason: 'optional' };
    }
  }

  async function move(to: PlanStatus, reason: string | null): Promise<string | undefined> {
    const result = await change({ planId: plan.id, toStatus: to, version: plan.version, reason });
    if (result.error) return planRefusal(result.error);
    notify(to === 'SUBMITTED' ? t('submitted', { number: next }) : t('statusMoved', { status: statusName(to) }), 'success');
    onChanged();
    return undefined;
  }

  // AWARDED comes with an award of the fund, never from here (the API does not offer it either).
  const moves = plan.allowedNextStatuses.filter((s) => s !== 'AWARDED');
  const finalBlocked = moves.includes('FINAL') && !plan.smartCheck.passes;

  return (
    <section className="lr-card" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('reviewCycle')}</h2>
      <p>
        <strong>{t('currentStatus', { status: statusName(plan.status) })}</strong> {t(`statusMeaning.${plan.status}`)}
      </p>
      <ol className="lr-ap-cycle" aria-label={t('reviewCycleSteps')}>
        {PLAN_STATUSES.map((s) => (
          <li key={s} aria-current={s === plan.status ? 'step' : undefined}>
            {statusName(s)}
          </li>
        ))}
      </ol>
      <StateMoves
        layout="buttons"
        states={PLAN_STATUSES}
        current={plan.status}
        allowed={moves}
        canMove={moves.length > 0}
        stateName={statusName}
        moveLabel={(to) => t(`moves.${to}`)}
        safety={safety}
        onMove={move}
      />
      {finalBlocked && <p className="lr-notice">{t('finalNeedsSmartHint')}</p>}
      {(plan.status === 'SUBMITTED' || plan.status === 'IN_REVIEW') && user.role !== 'PARTICIPANT' && (
        <p>
          <Link className="lr-action-link" to={paths.reviews(plan.id)}>
            {t('openReview')}
          </Link>
        </p>
      )}
    </section>
  );
}
