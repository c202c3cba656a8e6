import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, type LocalizedValue } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';

/** What happened after a route (000 §45, §47). */
export enum FollowUpEventKind {
  FINAL_VIRTUAL_MEETING = 'FINAL_VIRTUAL_MEETING',
  TECHNICAL_ASSISTANCE_VISIT = 'TECHNICAL_ASSISTANCE_VISIT',
  OTHER = 'OTHER',
}
registerEnumType(FollowUpEventKind, { name: 'FollowUpEventKind' });

@ObjectType({ description: 'The final virtual meeting, a technical-assistance visit, or another follow-up event of a route' })
@Entity('follow_up_event')
@Index('ix_follow_up_event_route', ['routeId', 'date'])
@Check('ck_follow_up_event_kind', `kind IN ('FINAL_VIRTUAL_MEETING', 'TECHNICAL_ASSISTANCE_VISIT', 'OTHER')`)
export class FollowUpEvent extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_follow_up_event_route' })
  route?: LearningRoute;

  @Field(() => FollowUpEventKind)
  @Column({ type: 'varchar', length: 30 })
  kind: FollowUpEventKind;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  date: string;

  @LocalizedColumn()
  title: LocalizedValue;

  @LocalizedColumn({ optional: true })
  notes: LocalizedValue;

  /** People who took part (core people). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  participantIds: string[];

  @Field(() => String, { nullable: true, description: 'For a technical-assistance visit: the country visited' })
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;
}
