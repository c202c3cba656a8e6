import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, User } from '@lr/server-core';
import { Programme } from '@lr/server-core-domain';
import { Practice } from '../practices/practice.entity';
import { AssessmentStatus } from './assessment-status';

/**
 * One assessor's assessment of one practice. `assignAssessor` creates it as a DRAFT; the
 * assessor scores each criterion of the programme's set (the default set without a programme)
 * and submits it. Who may see it depends on the caller (see assessment-visibility.ts).
 */
@ObjectType()
@Entity('assessment')
@Index('uq_assessment_practice_assessor', ['practiceId', 'assessorId'], { unique: true })
@Index('ix_assessment_assessor', ['assessorId'])
export class Assessment extends BaseRecord {
  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_assessment_practice' })
  practice?: Practice;

  /** A user (usually a REVIEWER); exposed only to those who may know who assessed. */
  @Column({ type: 'uuid' })
  assessorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessor_id', foreignKeyConstraintName: 'fk_assessment_assessor' })
  assessor?: User;

  /** Whose criteria apply; null means the default set. */
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_assessment_programme' })
  programme?: Programme;

  @Field(() => AssessmentStatus)
  @Column({ type: 'varchar', length: 20, default: AssessmentStatus.DRAFT })
  status: AssessmentStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
