import { isUUID } from 'class-validator';
import { ConflictError, ForbiddenError, isPartner, lockRow, NotFoundError, PhaseRuleError, Service, ValidationError, type FieldProblem, type RequestContext } from '@lr/server-core';
import { mayReadPlan, mayReview } from '../common/plan-access';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanStatus } from '../plans/plan-status';
import { PlanWorkflowService } from '../plans/plan-workflow.service';
import { readSnapshot } from '../versions/plan-snapshot';
import { PlanVersion } from '../versions/plan-version.entity';
import { PlanReview } from './plan-review.entity';
import { Recommendation } from './recommendation';
import { sectionCommentProblems } from './review-sections';
import type { ReviewPlanVersionInput } from './review.inputs';

/** The statuses in which a plan's latest version is read by its reviewers. */
export const REVIEWABLE: readonly PlanStatus[] = [PlanStatus.SUBMITTED, PlanStatus.IN_REVIEW];

const NOT_A_REVIEWER = 'Only reviewers, action-plans editors and admins review action plans';

/**
 * Reviews of plan versions (000 §43): a reviewer reads the version a delegation submitted and
 * comments per section with a recommendation. A review belongs to its version for good — a
 * revision and a new submission make a new version, and the old reviews stay with the old one.
 */
@Service()
export class PlanReviewService {
  constructor(private readonly workflow: PlanWorkflowService) {}

  /**
   * Records a review of the plan's latest version while the plan is SUBMITTED or IN_REVIEW; the
   * first review takes a SUBMITTED plan into IN_REVIEW (through the plan's machine, so the move
   * has its history entry). The plan's row is locked first: a review never lands on a version
   * that a concurrent revision request and resubmission just made old.
   */
  async review(ctx: RequestContext, input: ReviewPlanVersionInput): Promise<PlanReview> {
    const principal = ctx.principal;
    if (principal.kind !== 'user' || !mayReview(principal)) throw new ForbiddenError(NOT_A_REVIEWER);
    const found = isUUID(input.versionId) ? await ctx.repo(PlanVersion).findOne({ where: { id: input.versionId }, select: { id: true, planId: true } }) : null;
    if (!found) throw ValidationError.field('input.versionId', `no plan version has the id ${input.versionId}`);

    const plan = await lockRow(ctx, ActionPlan, found.planId);
    const version = await ctx.repo(PlanVersion).findOneOrFail({ where: { id: found.id } });
    if (version.number !== plan.versionCount) {
      throw new ConflictError(
        `Version ${version.number} of this plan is no longer its latest: the delegation has submitted version ${plan.versionCount} since. Review the latest version`,
        { reviewedVersion: version.number, latestVersion: plan.versionCount },
      );
    }
    if (!REVIEWABLE.includes(plan.status)) {
      throw new PhaseRuleError(
        `A plan is reviewed while it is SUBMITTED or IN_REVIEW; this plan is ${plan.status}`,
        plan.status,
        PlanStatus.IN_REVIEW,
        await this.workflow.allowedNextStatuses(ctx, plan),
      );
    }
    const mine = await ctx.repo(PlanReview).findOne({ where: { versionId: version.id, reviewerUserId: principal.userId }, select: { id: true } });
    if (mine) throw new ConflictError(`You have already reviewed version ${version.number} of this plan`, { reviewId: mine.id });

    const comments = (input.comments ?? []).map((c) => ({ section: c.section.trim(), comment: c.comment.trim() }));
    const summary = input.summary?.trim() || null;
    const snapshot = readSnapshot(version.snapshot);
    const problems: FieldProblem[] = sectionCommentProblems(input.comments ?? [], { objectives: snapshot.objectives.length, activities: snapshot.activities.length }, 'input.comments');
    // A delegation asked to revise must learn what: a section to work on, or a summary saying it.
    if (input.recommendation === Recommendation.REVISE && !comments.length && !summary) {
      problems.push({ path: 'input.comments', message: 'name at least one section to revise, or say what to revise in the summary' });
    }
    if (problems.length) throw new ValidationError(problems);

    if (plan.status === PlanStatus.SUBMITTED) await this.workflow.move(ctx, plan.id, PlanStatus.IN_REVIEW, plan.version);
    const reviews = ctx.repo(PlanReview);
    return reviews.save(
      reviews.create({
        planId: plan.id,
        versionId: version.id,
        reviewerUserId: principal.userId,
        reviewerName: principal.displayName,
        recommendation: input.recommendation,
        summary,
        comments,
      }),
    );
  }

  /**
   * Applies a review's recommendation to its plan, as the reviewer's decision: ACCEPT makes the
   * plan FINAL (refused while the SMART check fails, by the machine's guard), REVISE asks the
   * delegation for a revision, with the review's summary as the reason. Only while the review's
   * version is the plan's latest and the plan IN_REVIEW; `version` is the plan's version read.
   */
  async decide(ctx: RequestContext, reviewId: string, version: number): Promise<ActionPlan> {
    if (!mayReview(ctx.principal)) throw new ForbiddenError(NOT_A_REVIEWER);
    const review = isUUID(reviewId) ? await ctx.repo(PlanReview).findOne({ where: { id: reviewId } }) : null;
    if (!review) throw new NotFoundError('PlanReview', reviewId);
    const plan = await lockRow(ctx, ActionPlan, review.planId);
    const reviewed = await ctx.repo(PlanVersion).findOneOrFail({ where: { id: review.versionId }, select: { id: true, number: true } });
    if (reviewed.number !== plan.versionCount) {
      throw new ConflictError(`This review is of version ${reviewed.number}; the plan is at version ${plan.versionCount} now`, {
        reviewedVersion: reviewed.number,
        latestVersion: plan.versionCount,
      });
    }
    if (review.recommendation === Recommendation.ACCEPT) return this.workflow.move(ctx, plan.id, PlanStatus.FINAL, version);
    const reason = review.summary ?? `Revision requested after the review by ${review.reviewerName} (${review.comments.length} comment${review.comments.length === 1 ? '' : 's'})`;
    return this.workflow.move(ctx, plan.id, PlanStatus.REVISION_REQUESTED, version, reason);
  }

  /** One review, for whoever may read its plan; partners never read reviews. */
  async get(ctx: RequestContext, id: string): Promise<PlanReview> {
    const review = isUUID(id) ? await ctx.repo(PlanReview).findOne({ where: { id } }) : null;
    const plan = review ? await ctx.repo(ActionPlan).findOne({ where: { id: review.planId }, select: { id: true, routeId: true, status: true } }) : null;
    if (!review || !plan || isPartner(ctx.principal) || !(await mayReadPlan(ctx, plan))) throw new NotFoundError('PlanReview', id);
    return review;
  }
}
