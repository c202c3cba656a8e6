import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, type LocalizedValue } from '@lr/server-core';
import { QuestionType } from './survey-enums';
import { Survey } from './survey.entity';

/** One choice of a question: a stable value, and its label in each language. */
export interface QuestionOption {
  value: string;
  label: LocalizedValue;
}

@ObjectType({ description: 'A question of a survey' })
@Entity('survey_question')
@Index('ix_survey_question_survey', ['surveyId', 'position'])
@Check('ck_survey_question_type', `type IN ('LIKERT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT')`)
export class SurveyQuestion extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_question_survey' })
  survey?: Survey;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => QuestionType)
  @Column({ type: 'varchar', length: 20 })
  type: QuestionType;

  @LocalizedColumn()
  text: LocalizedValue;

  /** The choices of SINGLE_CHOICE and MULTIPLE_CHOICE questions (exposed as `options`). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: QuestionOption[];

  @Field()
  @Column({ type: 'boolean', default: true })
  required: boolean;
}
