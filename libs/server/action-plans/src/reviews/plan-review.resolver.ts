import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, Cost, joinedOr, loadMany, loadOne, LookAhead, NotForPartners, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanVersion } from '../versions/plan-version.entity';
import { PlanReview } from './plan-review.entity';
import { PlanReviewService } from './plan-review.service';
import { sectionOrder } from './review-sections';
import { ReviewPlanVersionInput } from './review.inputs';

@ObjectType('SectionComment', { description: "A reviewer's comment on one section of the version they read" })
export class SectionCommentType {
  @Field({ description: 'title, context, innovations, practices, expectedResults, objectives, activities, or objectives.N / activities.N (from 1)' })
  section: string;

  @Field()
  comment: string;
}

@Resolver(() => PlanReview)
export class PlanReviewResolver {
  constructor(private readonly service: PlanReviewService) {}

  @Allow.user()
  @Mutation(() => PlanReview, {
    description:
      "Reviews the plan's latest version while the plan is SUBMITTED or IN_REVIEW (the first review takes it IN_REVIEW). Reviewers, action-plans editors and admins; one review per reviewer and version",
  })
  reviewPlanVersion(@Ctx() ctx: RequestContext, @Arg('input') input: ReviewPlanVersionInput) {
    return this.service.review(ctx, input);
  }

  @Allow.user()
  @Mutation(() => ActionPlan, {
    description:
      "Applies a review's recommendation to its plan: ACCEPT makes it FINAL (refused while the SMART check fails), REVISE requests a revision with the review's summary as the reason. `version` is the plan's version you read",
  })
  decideReview(@Ctx() ctx: RequestContext, @Arg('reviewId', () => ID) reviewId: string, @Arg('version', () => Int) version: number) {
    return this.service.decide(ctx, reviewId, version);
  }

  @Allow.user()
  @Query(() => PlanReview, { description: 'One review, for whoever reads its plan' })
  planReview(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Cost({ assumedSize: 8 })
  @Reads('comments')
  @FieldResolver(() => [SectionCommentType], { description: 'In the order of the plan (title, context … objective 1, 2 … expected results)' })
  comments(@Root() review: PlanReview): SectionCommentType[] {
    return [...review.comments].sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section));
  }

  @ToOne('planVersion')
  @FieldResolver(() => PlanVersion, { description: 'The version it reviews' })
  planVersion(@Ctx() ctx: RequestContext, @Root() review: PlanReview, @LookAhead() selection: Selection) {
    return joinedOr(review.planVersion, () => loadOne(ctx, PlanVersion, review.versionId, { selection }));
  }
}

/** The reviews of a plan, newest first (one statement for a page of plans). Partners read none. */
@Resolver(() => ActionPlan)
export class PlanReviewsOfPlanResolver {
  @NotForPartners()
  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [PlanReview], { nullable: true, description: 'Its reviews, of every version, newest first; null for partners' })
  reviews(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan, @LookAhead() selection: Selection) {
    return loadMany(ctx, PlanReview, plan.id, 'planId', { order: { createdAt: 'DESC' }, selection });
  }
}

/** The reviews of one version: they stay with it whatever the plan becomes. */
@Resolver(() => PlanVersion)
export class PlanReviewsOfVersionResolver {
  @NotForPartners()
  @Cost({ assumedSize: 2 })
  @Reads()
  @FieldResolver(() => [PlanReview], { nullable: true, description: 'The reviews of this version, newest first; null for partners' })
  reviews(@Ctx() ctx: RequestContext, @Root() version: PlanVersion, @LookAhead() selection: Selection) {
    return loadMany(ctx, PlanReview, version.id, 'versionId', { order: { createdAt: 'DESC' }, selection });
  }
}
