import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Redacted } from '@lr/server-core';
import { Person } from '@lr/server-core-domain';
import { Survey } from './survey.entity';

/**
 * One person on a survey's roster, with their personal link (only its hash is kept: the link
 * opens the survey without a password) and what was sent. For an anonymous survey it records that
 * they answered, never which answer is theirs.
 */
@ObjectType({ description: "A person on a survey's roster: invited, reminded, answered" })
@Entity('survey_invitation')
@Index('uq_survey_invitation_person', ['surveyId', 'personId'], { unique: true })
@Index('uq_survey_invitation_token', ['tokenHash'], { unique: true })
export class SurveyInvitation extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_survey_invitation_survey' })
  survey?: Survey;

  @Field()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_survey_invitation_person' })
  person?: Person;

  /** SHA-256 of the personal link's token (kept out of the audit trail). */
  @Redacted()
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastRemindedAt: Date | null;

  /** Only that they answered, as a day: for anonymous surveys no time that could be matched to a response. */
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  answeredOn: string | null;
}
