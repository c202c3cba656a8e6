import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LearningRoute } from '@lr/server-core-domain';
import { Practice } from '../practices/practice.entity';

/** A practice attached to a route as one of the cases its delegations visit. */
@Entity('route_case')
@Index('uq_route_case_route_practice', ['routeId', 'practiceId'], { unique: true })
@Index('ix_route_case_practice', ['practiceId'])
export class RouteCase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  routeId: string;

  // A route with cases cannot be deleted: detach its cases first (the reference rule says so).
  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_route_case_route' })
  route?: LearningRoute;

  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_route_case_practice' })
  practice?: Practice;

  @Column({ type: 'varchar', length: 400 })
  attachedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  attachedAt: Date;
}
