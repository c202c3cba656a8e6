import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, type LocalizedValue, LocalizedColumn } from '@lr/server-core';
import { Programme } from '@lr/server-core-domain';

/**
 * One thing assessors score a practice on, 0-5. Default sets have no programme; a programme may
 * define its own (set key PROGRAMME). Exposed as `name(lang)` / `description(lang)`.
 */
@ObjectType()
@Entity('assessment_criterion')
@Index('uq_assessment_criterion_default_code', ['setKey', 'code'], { unique: true, where: 'programme_id IS NULL' })
@Index('uq_assessment_criterion_programme_code', ['programmeId', 'code'], { unique: true, where: 'programme_id IS NOT NULL' })
@Check('ck_assessment_criterion_weight', 'weight BETWEEN 1 AND 100')
export class AssessmentCriterion extends BaseRecord {
  @Field(() => ID, { nullable: true, description: 'Null for the default sets' })
  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_assessment_criterion_programme' })
  programme?: Programme;

  @Field({ description: 'BEST_PRACTICE_7, SUITABILITY_BOX, or PROGRAMME for a programme’s own' })
  @Column({ type: 'varchar', length: 40 })
  setKey: string;

  @Field({ description: 'Stable key within its set, e.g. EVIDENCE_OF_SUCCESS' })
  @Column({ type: 'varchar', length: 60 })
  code: string;

  @LocalizedColumn()
  name: LocalizedValue;

  @LocalizedColumn({ optional: true })
  description: LocalizedValue;

  @Field(() => Int, { description: 'Relative weight in a practice’s score, 1-100' })
  @Column({ type: 'int', default: 1 })
  weight: number;

  @Field(() => Int, { description: 'Order within the set' })
  @Column({ type: 'int', default: 0 })
  position: number;
}
