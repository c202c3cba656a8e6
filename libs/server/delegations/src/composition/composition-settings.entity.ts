import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { RouteKind } from './route-kind';

/**
 * A route's composition targets, created with the defaults of the seeds (`DEFAULT_COMPOSITION`)
 * the first time the route's composition is read for a change. The row is also what selections
 * lock, one route at a time, so two people cannot both take the last seat.
 */
@ObjectType({ description: "A route's composition targets (defaults from the seeds unless set)" })
@Entity('route_composition')
@Index('uq_route_composition_route', ['routeId'], { unique: true })
@Check('ck_route_composition_participants', 'min_participants <= max_participants')
export class CompositionSettings extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @OneToOne(() => LearningRoute, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_route_composition_route' })
  route?: LearningRoute;

  @Field(() => RouteKind)
  @Column({ type: 'varchar', length: 20 })
  routeKind: RouteKind;

  @Field(() => Int, { description: 'People on the route in all: selected participants and the route team (000 §30)' })
  @Column({ type: 'int' })
  maxPeople: number;

  @Field(() => Int, { description: 'National teams on the route (000 §28)' })
  @Column({ type: 'int' })
  nationalTeams: number;

  @Field(() => Int, { description: 'Selected participants per national team (000 §28)' })
  @Column({ type: 'int' })
  teamSize: number;

  @Field(() => Int, { description: 'Government participants each national team should have (000 §28)' })
  @Column({ type: 'int' })
  minGovernmentPerTeam: number;

  @Field(() => Int, { description: 'Selected delegates per stakeholder group (000 §29)' })
  @Column({ type: 'int' })
  maxPerStakeholderGroup: number;

  @Field(() => Int, { description: 'Civil-society routes: fewest selected participants (001)' })
  @Column({ type: 'int' })
  minParticipants: number;

  @Field(() => Int, { description: 'Civil-society routes: most selected participants (001)' })
  @Column({ type: 'int' })
  maxParticipants: number;

  @Field(() => Int, { description: 'Civil-society routes: fewest alliances with a selected participant (001)' })
  @Column({ type: 'int' })
  minAlliances: number;

  @Field(() => Int, { description: 'Gender balance: the largest share (percent) one gender should have among selected participants' })
  @Column({ type: 'int' })
  maxGenderSharePercent: number;
}
