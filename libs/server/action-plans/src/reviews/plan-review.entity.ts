import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { PlanVersion } from '../versions/plan-version.entity';
import { ActionPlan } from '../plans/action-plan.entity';
import { Recommendation } from './recommendation';

/** A comment on one section of the plan (title, context, objectives, an objective, activities …). */
export interface SectionComment {
  /** e.g. "context", "objectives", "objectives.2", "activities.1". */
  section: string;
  comment: string;
}

/**
 * A reviewer's reading of one version (the scaling-up specialist, 000 §43): comments per section
 * and a recommendation. It stays attached to that version whatever the plan becomes.
 */
@ObjectType({ description: 'A review of one version of an action plan' })
@Entity('action_plan_review')
// One review per reviewer and version; the index also finds a version's reviews.
@Index('uq_action_plan_review_reviewer', ['versionId', 'reviewerUserId'], { unique: true })
@Index('ix_action_plan_review_plan', ['planId'])
@Check('ck_action_plan_review_recommendation', `recommendation IN ('ACCEPT', 'REVISE')`)
export class PlanReview extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_review_plan' })
  plan?: ActionPlan;

  @Field()
  @Column({ type: 'uuid' })
  versionId: string;

  @ManyToOne(() => PlanVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_action_plan_review_version' })
  planVersion?: PlanVersion;

  @Field({ description: 'The user who wrote it' })
  @Column({ type: 'uuid' })
  reviewerUserId: string;

  @Field({ description: 'Their name as shown with the review' })
  @Column({ type: 'varchar', length: 200 })
  reviewerName: string;

  @Field(() => Recommendation)
  @Column({ type: 'varchar', length: 10 })
  recommendation: Recommendation;

  @Field(() => String, { nullable: true, description: 'The overall comment' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Exposed as `comments: [SectionComment]`. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  comments: SectionComment[];
}
