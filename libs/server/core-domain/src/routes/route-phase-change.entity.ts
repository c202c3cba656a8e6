import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LearningRoute } from './learning-route.entity';
import { RoutePhase } from './route-phase';

/** One move of a route between phases, with who made it and why. Never edited. */
@ObjectType()
@Entity('route_phase_change')
@Index('ix_route_phase_change_route', ['routeId', 'at'])
export class RoutePhaseChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_route_phase_change_route' })
  route?: LearningRoute;

  @Field(() => RoutePhase)
  @Column({ type: 'varchar', length: 20 })
  fromPhase: RoutePhase;

  @Field(() => RoutePhase)
  @Column({ type: 'varchar', length: 20 })
  toPhase: RoutePhase;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field()
  @Column({ type: 'varchar', length: 400 })
  changedBy: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
