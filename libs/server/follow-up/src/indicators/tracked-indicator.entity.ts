import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, NotForPartners, referenceTarget, type LocalizedValue } from '@lr/server-core';
import { LearningRoute, Person, Programme } from '@lr/server-core-domain';
import { ActionPlan } from '@lr/server-action-plans';
import { decimalColumn } from './decimal';

/**
 * An indicator followed over months (seed 003: baseline 0 in 2021, target 5 by December 2025).
 * Born from a FINAL action plan's objective (plan and objective ids kept, the values copied from
 * the plan's latest version) or added to a programme directly. Values are decimal strings kept as
 * `numeric`, never floats.
 */
@ObjectType({ description: 'An indicator followed over months: from an action plan objective, or added to a programme' })
@Entity('tracked_indicator')
@Index('uq_tracked_indicator_objective', ['objectiveId'], { unique: true, where: 'objective_id IS NOT NULL' })
@Index('ix_tracked_indicator_programme', ['programmeId'])
@Index('ix_tracked_indicator_route', ['routeId'])
@Index('ix_tracked_indicator_plan', ['planId'])
@Check('ck_tracked_indicator_dates', 'target_date IS NULL OR baseline_date IS NULL OR target_date > baseline_date')
export class TrackedIndicator extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_tracked_indicator_programme' })
  programme?: Programme;

  @Field(() => String, { nullable: true, description: 'The route whose plan it came from, if any' })
  @Column({ type: 'uuid', nullable: true })
  routeId: string | null;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_tracked_indicator_route' })
  route?: LearningRoute;

  @Field(() => String, { nullable: true, description: 'The action plan it came from, if any' })
  @Column({ type: 'uuid', nullable: true })
  planId: string | null;

  @ManyToOne(() => ActionPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_tracked_indicator_plan' })
  plan?: ActionPlan;

  /** The plan objective it came from (no foreign key: objectives may be edited away after FINAL). */
  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  objectiveId: string | null;

  /** What is measured, e.g. "CSN commitments adopted by the national council". */
  @LocalizedColumn()
  name: LocalizedValue;

  /** The objective it measures. */
  @LocalizedColumn({ optional: true })
  objective: LocalizedValue;

  @Field(() => String, { nullable: true, description: 'e.g. "commitments", "%"' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal string' })
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalColumn })
  baselineValue: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  baselineDate: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal string' })
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalColumn })
  targetValue: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'Who reports on it (a person), reminded before periods close; null for partners' })
  @Column({ type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_person_id', foreignKeyConstraintName: 'fk_tracked_indicator_owner' })
  owner?: Person;
}

export const TrackedIndicatorRef = referenceTarget(TrackedIndicator, 'indicator');
