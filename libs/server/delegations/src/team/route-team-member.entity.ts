import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { TeamRole } from './team-role';

/** Someone in the route team: travels, counts toward the route's size, is not a learner. */
@ObjectType({ description: 'A member of the route team: travels with the route without being a learner; counts toward its size' })
@Entity('route_team_member')
@Index('uq_route_team_member_person', ['routeId', 'personId'], { unique: true })
export class RouteTeamMember extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_route_team_member_route' })
  route?: LearningRoute;

  @Field()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_route_team_member_person' })
  person?: Person;

  @Field(() => TeamRole)
  @Column({ type: 'varchar', length: 40 })
  role: TeamRole;
}
