import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, NotForPartners, referenceTarget, type LocalizedValue } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';
import { numericAsNumber } from '../common/numeric';
import { AgendaDay } from './agenda-day.entity';
import { timeOfDay } from './local-time';
import { SessionType } from './session-type';

/**
 * A session of a day: times are local to the route's time zone (`RouteLogistics.timeZone`),
 * as the agenda is written and read; instants for calendars and cross-route checks are derived.
 * Champions leading and interpreters are id arrays: a session has a handful of each, and the
 * double-booking check finds them with one indexed overlap (`&&`).
 */
@ObjectType({ description: 'A session of the agenda, local to the route’s time zone' })
@Entity('agenda_session')
@Index('ix_agenda_session_day', ['dayId', 'startTime'])
@Index('ix_agenda_session_route', ['routeId'])
@Check('ck_agenda_session_times', 'end_time > start_time')
@Check(
  'ck_agenda_session_type',
  `type IN ('OPENING', 'DELEGATION_PRESENTATIONS', 'CONTEXT_SETTING', 'CASE_VISIT', 'FIELD_VISIT', 'ANALYSIS', 'ACTION_PLAN_WORKSHOP', 'CLOSING', 'INFORMAL')`,
)
export class AgendaSession extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_agenda_session_route' })
  route?: LearningRoute;

  @Field()
  @Column({ type: 'uuid' })
  dayId: string;

  @ManyToOne(() => AgendaDay, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'day_id', foreignKeyConstraintName: 'fk_agenda_session_day' })
  day?: AgendaDay;

  @Field(() => SessionType)
  @Column({ type: 'varchar', length: 30 })
  type: SessionType;

  @Field({ description: 'HH:MM, local to the route’s time zone' })
  @Column({ type: 'time', transformer: timeOfDay })
  startTime: string;

  @Field({ description: 'HH:MM, local to the route’s time zone; after the start' })
  @Column({ type: 'time', transformer: timeOfDay })
  endTime: string;

  @LocalizedColumn()
  title: LocalizedValue;

  @LocalizedColumn({ optional: true })
  notes: LocalizedValue;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  placeName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  placeAddress: string | null;

  @Field({ description: 'The place is outside the host capital (000 §27: at least one field visit must be)' })
  @Column({ type: 'boolean', default: false })
  outsideCapital: boolean;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericAsNumber })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numericAsNumber })
  longitude: number | null;

  /** Partners read the case through `practice`, which shows it only once published. */
  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'The case visited or discussed: a practice attached to the route (null for partners: read `practice`)' })
  @Column({ type: 'uuid', nullable: true })
  practiceId: string | null;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_agenda_session_practice' })
  practice?: Practice;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  championIds: string[];

  /** People interpreting (core people), checked for double booking as champions are. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  interpreterIds: string[];

  @Field(() => [String], { description: 'Languages interpreted into, e.g. ["en", "fr"]' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interpretedLanguages: string[];
}

export const AgendaSessionRef = referenceTarget(AgendaSession, 'agenda session');
