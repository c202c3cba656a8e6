import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, type LocalizedValue } from '@lr/server-core';
import { decimalColumn } from '../common/decimal';
import { ActionPlan } from './action-plan.entity';

/**
 * An objective of a plan with its indicator (004 §1: SMART). Values are decimal strings kept as
 * `numeric`, since indicators count things (5 commitments) or measure them (a 12.5 % budget
 * share); the follow-up module tracks them once the plan is FINAL.
 */
@ObjectType({ description: 'An objective of an action plan, with its indicator, baseline and target' })
@Entity('action_plan_objective')
@Index('ix_action_plan_objective_plan', ['planId', 'position'])
export class PlanObjective extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_objective_plan' })
  plan?: ActionPlan;

  @Field(() => Int, { description: 'Order in the plan, from 1' })
  @Column({ type: 'int' })
  position: number;

  @LocalizedColumn()
  statement: LocalizedValue;

  /** What is measured, e.g. "CSN commitments adopted by the national council". */
  @LocalizedColumn({ optional: true })
  indicator: LocalizedValue;

  @Field(() => String, { nullable: true, description: 'Decimal string, written the shortest way ("5", "12.5")' })
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalColumn })
  baselineValue: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  baselineDate: string | null;

  @Field(() => String, { nullable: true, description: 'Decimal string, written the shortest way ("5", "12.5")' })
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true, transformer: decimalColumn })
  targetValue: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the target is due' })
  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "commitments", "%"' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  unit: string | null;
}
