import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Language, LocalizedColumn, referenceTarget, type LocalizedValue } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { Delegation } from '@lr/server-delegations';
import { PlanStatus } from './plan-status';

/**
 * A delegation's take-home action plan (000 §42): what it will do at home with what it learned
 * on the route. One per delegation; `routeId` repeats the delegation's route so a route's plans
 * are read in one statement. Objectives and activities are rows of their own; every submission
 * freezes the whole plan as an immutable `ActionPlanVersion`.
 */
@ObjectType({ description: "A delegation's take-home action plan" })
@Entity('action_plan')
@Index('uq_action_plan_delegation', ['delegationId'], { unique: true })
@Index('ix_action_plan_route', ['routeId', 'status'])
@Check('ck_action_plan_status', `status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REVISION_REQUESTED', 'FINAL', 'AWARDED')`)
export class ActionPlan extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_action_plan_route' })
  route?: LearningRoute;

  @Field()
  @Column({ type: 'uuid' })
  delegationId: string;

  @ManyToOne(() => Delegation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delegation_id', foreignKeyConstraintName: 'fk_action_plan_delegation' })
  delegation?: Delegation;

  @Field(() => PlanStatus)
  @Column({ type: 'varchar', length: 20, default: PlanStatus.DRAFT })
  status: PlanStatus;

  @Field(() => Language, { description: 'The language the plan is written in (its PDF is printed in it)' })
  @Column({ type: 'varchar', length: 2, default: Language.EN })
  language: Language;

  @LocalizedColumn()
  title: LocalizedValue;

  /** Practices of the route (or any practice) the plan adapts. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  practiceIds: string[];

  /** The innovations it adapts, in words (000 §42). */
  @LocalizedColumn({ optional: true })
  innovations: LocalizedValue;

  @LocalizedColumn({ optional: true })
  context: LocalizedValue;

  @LocalizedColumn({ optional: true })
  expectedResults: LocalizedValue;

  @Field(() => Int, { description: 'How many versions were frozen (submissions); 0 while never submitted' })
  @Column({ type: 'int', default: 0 })
  versionCount: number;
}

export const ActionPlanRef = referenceTarget(ActionPlan, 'action plan');
