import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { Room } from './room.entity';

/**
 * A person's nights in a room during a route: nights run from `checkIn` to the night before
 * `checkOut`, and must fall within the route's dates. Its cost (nights × nightly rate) rolls into
 * the route's ACCOMMODATION actuals.
 */
@ObjectType({ description: "A person's nights in a room during a route (check-out morning not counted)" })
@Entity('stay')
@Index('ix_stay_route_person', ['routeId', 'personId', 'checkIn'])
@Index('ix_stay_room', ['roomId', 'checkIn'])
@Check('ck_stay_dates', 'check_out > check_in')
@Check('ck_stay_rate', '(nightly_rate_minor IS NULL) = (nightly_rate_currency IS NULL) AND (nightly_rate_minor IS NULL OR nightly_rate_minor >= 0)')
export class Stay extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_stay_route' })
  route?: LearningRoute;

  @Field()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_stay_person' })
  person?: Person;

  @Field()
  @Column({ type: 'uuid' })
  roomId: string;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_stay_room' })
  room?: Room;

  @Field({ description: 'YYYY-MM-DD: the first night' })
  @Column({ type: 'date' })
  checkIn: string;

  @Field({ description: 'YYYY-MM-DD: the morning they leave (that night is not counted)' })
  @Column({ type: 'date' })
  checkOut: string;

  /** Exposed as `nightlyRate: Money`; copied from the room when not given. */
  @Column({ type: 'bigint', nullable: true })
  nightlyRateMinor: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  nightlyRateCurrency: string | null;
}
