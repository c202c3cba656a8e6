import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { localDateTime } from '../common/local-date-time';
import { LegDirection } from './travel-enums';
import { Traveller } from './traveller.entity';

/**
 * One flight, bus or train of a traveller. Times are local to where the leg departs and arrives
 * (as tickets print them), each with its IANA zone. The cost is integer minor units of its
 * currency and rolls into the route's TRAVEL actuals; `routeId` repeats the traveller's so the
 * manifest and the budget read a route's legs in one statement.
 */
@ObjectType({ description: "One leg of a traveller's journey, local times as the ticket prints them" })
@Entity('travel_leg')
@Index('ix_travel_leg_traveller', ['travellerId', 'departLocal'])
@Index('ix_travel_leg_route', ['routeId'])
@Check('ck_travel_leg_direction', `direction IN ('INBOUND', 'OUTBOUND', 'DOMESTIC')`)
@Check('ck_travel_leg_cost', '(cost_minor IS NULL) = (cost_currency IS NULL) AND (cost_minor IS NULL OR cost_minor >= 0)')
export class TravelLeg extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  travellerId: string;

  @ManyToOne(() => Traveller, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'traveller_id', foreignKeyConstraintName: 'fk_travel_leg_traveller' })
  traveller?: Traveller;

  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_travel_leg_route' })
  route?: LearningRoute;

  @Field(() => LegDirection)
  @Column({ type: 'varchar', length: 10 })
  direction: LegDirection;

  @Field({ description: 'City or airport, e.g. "Dar es Salaam (DAR)"' })
  @Column({ type: 'varchar', length: 120 })
  fromPlace: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  toPlace: string;

  @Field({ description: 'YYYY-MM-DDTHH:MM, local to departTimeZone' })
  @Column({ type: 'timestamp', transformer: localDateTime })
  departLocal: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  departTimeZone: string;

  @Field({ description: 'YYYY-MM-DDTHH:MM, local to arriveTimeZone' })
  @Column({ type: 'timestamp', transformer: localDateTime })
  arriveLocal: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  arriveTimeZone: string;

  @Field(() => String, { nullable: true, description: 'e.g. "LATAM LA2473"' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  carrier: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  bookingReference: string | null;

  /** Exposed as `cost: Money` (null for partners). */
  @Column({ type: 'bigint', nullable: true })
  costMinor: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  costCurrency: string | null;

  @Field(() => String, { nullable: true, description: 'Who meets them on arrival (a person)' })
  @Column({ type: 'uuid', nullable: true })
  meetPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meet_person_id', foreignKeyConstraintName: 'fk_travel_leg_meet_person' })
  meetPerson?: Person;

  @Field(() => String, { nullable: true, description: 'e.g. "Driver with a Learning Routes sign at exit B"' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  meetingNote: string | null;
}
