import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Survey } from './survey.entity';

/** One answer to one question: a Likert score, chosen values, or text. */
export interface AnswerValue {
  questionId: string;
  score?: number;
  choices?: string[];
  text?: string;
}

/**
 * A completed questionnaire. Named surveys keep who answered (`invitationId`); anonymous ones
 * keep neither the invitation nor the person nor a time finer than the day, and rows carry no
 * audit link either (the audit subscriber skips them: see the module's notes).
 */
@ObjectType({ description: 'A completed questionnaire' })
@Entity('survey_response')
@Index('ix_survey_response_survey', ['surveyId'])
@Index('uq_survey_response_invitation', ['invitationId'], { unique: true, where: 'invitation_id IS NOT NULL' })
export class SurveyResponse {
  @Field()
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_response_survey' })
  survey?: Survey;

  /** Null in anonymous surveys. */
  @Column({ type: 'uuid', nullable: true })
  invitationId: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  answeredOn: string;

  @Column({ type: 'jsonb' })
  answers: AnswerValue[];
}
