import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';

/**
 * A route's logistics settings: the time zone its agenda is written in (the host country's,
 * unless set) and its capital, for the "field visit outside the capital" rule. Created on first
 * use; the row is also what agenda, stay and travel changes of one route lock, so two people
 * cannot both book the last bed or move two sessions into the same slot unseen.
 */
@ObjectType({ description: "A route's logistics settings: the agenda's time zone and the host capital" })
@Entity('route_logistics')
@Index('uq_route_logistics_route', ['routeId'], { unique: true })
export class RouteLogistics extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @OneToOne(() => LearningRoute, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_route_logistics_route' })
  route?: LearningRoute;

  @Field({ description: 'IANA time zone of the agenda, e.g. America/Lima' })
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'The host capital, e.g. Lima' })
  @Column({ type: 'varchar', length: 120, nullable: true })
  capitalCity: string | null;
}
