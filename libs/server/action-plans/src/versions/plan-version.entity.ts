import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotForPartners } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';

/**
 * A submission frozen: the whole plan (texts, objectives, activities) as it was submitted. Rows
 * are never updated — the table refuses it (a trigger in the migration) — so a review always
 * reads what the reviewer saw, whatever the plan became later.
 */
@ObjectType({ description: 'An action plan as it was submitted: immutable' })
@Entity('action_plan_version')
@Index('uq_action_plan_version_number', ['planId', 'number'], { unique: true })
export class PlanVersion {
  @Field()
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_plan_version_plan' })
  plan?: ActionPlan;

  @Field(() => Int, { description: '1 for the first submission' })
  @Column({ type: 'int' })
  number: number;

  @Field()
  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'The user who submitted it; null for partners' })
  @Column({ type: 'uuid', nullable: true })
  submittedBy: string | null;

  /** The plan's content at submission (`PlanSnapshot`), exposed through typed fields. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;
}
