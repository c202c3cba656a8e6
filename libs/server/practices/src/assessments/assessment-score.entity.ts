import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { AssessmentCriterion } from '../criteria/assessment-criterion.entity';
import { Assessment } from './assessment.entity';

/** An assessor's score (0-5) of one criterion, with their comment. */
@ObjectType()
@Entity('assessment_score')
@Index('uq_assessment_score_criterion', ['assessmentId', 'criterionId'], { unique: true })
@Check('ck_assessment_score_range', 'score BETWEEN 0 AND 5')
export class AssessmentScore extends BaseRecord {
  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id', foreignKeyConstraintName: 'fk_assessment_score_assessment' })
  assessment?: Assessment;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => AssessmentCriterion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id', foreignKeyConstraintName: 'fk_assessment_score_criterion' })
  criterion?: AssessmentCriterion;

  @Field(() => Int)
  @Column({ type: 'int' })
  score: number;

  /** Exposed through a resolver: partners never see comments. */
  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
