import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, referenceTarget, type LocalizedValue } from '@lr/server-core';
import { LearningRoute, Programme } from '@lr/server-core-domain';
import { SurveyKind, SurveyStatus } from './survey-enums';

/**
 * A survey of a route's participants (or a programme's), with its window and reminder schedule.
 * An anonymous survey keeps no link between an answer and a person — not for admins, not in
 * exports: its responses carry no invitation or person, and invitations only say whether someone
 * answered.
 */
@ObjectType({ description: "A survey of a route's participants, anonymous or named, with its window and reminders" })
@Entity('survey')
@Index('ix_survey_route', ['routeId'])
@Index('uq_survey_route_six_month', ['routeId'], { unique: true, where: "kind = 'SIX_MONTH'" })
@Check('ck_survey_window', 'closes_on > opens_on')
@Check('ck_survey_kind', `kind IN ('SIX_MONTH', 'CUSTOM')`)
@Check('ck_survey_status', `status IN ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED')`)
export class Survey extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_survey_programme' })
  programme?: Programme;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  routeId: string | null;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_survey_route' })
  route?: LearningRoute;

  @Field(() => SurveyKind)
  @Column({ type: 'varchar', length: 12 })
  kind: SurveyKind;

  @Field(() => SurveyStatus)
  @Column({ type: 'varchar', length: 10, default: SurveyStatus.DRAFT })
  status: SurveyStatus;

  @LocalizedColumn()
  title: LocalizedValue;

  @LocalizedColumn({ optional: true })
  introduction: LocalizedValue;

  @Field({ description: 'No answer is ever linked to a person' })
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Field({ description: 'YYYY-MM-DD: invitations go out that day' })
  @Column({ type: 'date' })
  opensOn: string;

  @Field({ description: 'YYYY-MM-DD: no answer after it' })
  @Column({ type: 'date' })
  closesOn: string;

  @Field(() => [Int], { description: 'Days after opening on which those who have not answered are reminded' })
  @Column({ type: 'int', array: true, default: () => "'{7,14}'" })
  reminderDays: number[];
}

export const SurveyRef = referenceTarget(Survey, 'survey');
