import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, NotForPartners, type LocalizedValue } from '@lr/server-core';
import { Organisation, Person } from '@lr/server-core-domain';
import { ActionPlan } from './action-plan.entity';
import { PlanObjective } from './plan-objective.entity';

/**
 * An activity of a plan (004 §5e: no activity without a clear responsible): who does it (a
 * person or an organisation of the core), when, and with what resources or budget.
 */
@ObjectType({ description: 'An activity of an action plan: what, who is responsible, when, with what' })
@Entity('action_plan_activity')
@Index('ix_action_plan_activity_plan', ['planId', 'position'])
@Check('ck_action_plan_activity_budget', '(budget_minor IS NULL) = (budget_currency IS NULL) AND (budget_minor IS NULL OR budget_minor >= 0)')
export class PlanActivity extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_activity_plan' })
  plan?: ActionPlan;

  @Field(() => String, { nullable: true, description: 'The objective it serves, if any' })
  @Column({ type: 'uuid', nullable: true })
  objectiveId: string | null;

  @ManyToOne(() => PlanObjective, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'objective_id', foreignKeyConstraintName: 'fk_action_plan_activity_objective' })
  objective?: PlanObjective;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @LocalizedColumn()
  description: LocalizedValue;

  /** A person is personal data: partners read null (they see the organisation). */
  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'The responsible person; null for partners' })
  @Column({ type: 'uuid', nullable: true })
  responsiblePersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_person_id', foreignKeyConstraintName: 'fk_action_plan_activity_person' })
  responsiblePerson?: Person;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  responsibleOrganisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organisation_id', foreignKeyConstraintName: 'fk_action_plan_activity_organisation' })
  responsibleOrganisation?: Organisation;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'People, time, materials it needs' })
  @Column({ type: 'text', nullable: true })
  resources: string | null;

  /** Exposed as `budget: Money`. */
  @Column({ type: 'bigint', nullable: true })
  budgetMinor: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  budgetCurrency: string | null;
}
