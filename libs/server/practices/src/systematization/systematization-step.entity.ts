import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { Person } from '@lr/server-core-domain';
import { Practice } from '../practices/practice.entity';
import { StepStatus, SystematizationStepKind } from './systematization-step-kind';

/** One step of documenting a selected practice, with who owns it and when it is due. */
@ObjectType()
@Entity('systematization_step')
@Index('uq_systematization_step_practice_step', ['practiceId', 'step'], { unique: true })
@Check('ck_systematization_step_dates', 'due_date IS NULL OR start_date IS NULL OR due_date >= start_date')
export class SystematizationStep extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_systematization_step_practice' })
  practice?: Practice;

  @Field(() => SystematizationStepKind)
  @Column({ type: 'varchar', length: 40 })
  step: SystematizationStepKind;

  @Field(() => StepStatus)
  @Column({ type: 'varchar', length: 20, default: StepStatus.NOT_STARTED })
  status: StepStatus;

  @Field(() => ID, { nullable: true, description: 'The person responsible' })
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_systematization_step_owner' })
  owner?: Person;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set when the step is DONE' })
  @Column({ type: 'date', nullable: true })
  doneDate: string | null;
}
