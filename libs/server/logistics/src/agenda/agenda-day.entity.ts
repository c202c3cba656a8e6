import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, type LocalizedValue } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';

/** A day of a route's programme, within its dates; holds the day's sessions. */
@ObjectType({ description: "A day of a route's agenda (within the route's dates)" })
@Entity('agenda_day')
@Index('uq_agenda_day_route_date', ['routeId', 'date'], { unique: true })
export class AgendaDay extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_agenda_day_route' })
  route?: LearningRoute;

  @Field({ description: 'YYYY-MM-DD, in the host country' })
  @Column({ type: 'date' })
  date: string;

  /** Exposed as `title(language)` / `titles`, e.g. "Ayacucho: the community health workers". */
  @LocalizedColumn({ optional: true })
  title: LocalizedValue;
}
