import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LearningRoute } from '@lr/server-core-domain';
import { Champion } from '../champions/champion.entity';

/**
 * A participant's rating of a champion's sessions in a route. One per author, champion and
 * route; never edited. `routeId` points at the core route (foreign key); `authorUserId` at the
 * platform's user, by id.
 */
@ObjectType({ description: "A participant's rating of a champion's sessions in a route" })
@Entity('champion_feedback')
@Index('uq_champion_feedback_author', ['championId', 'routeId', 'authorUserId'], { unique: true })
@Index('ix_champion_feedback_route', ['routeId'])
@Check('ck_champion_feedback_rating', 'rating BETWEEN 1 AND 5')
export class ChampionFeedback {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'uuid' })
  championId: string;

  @ManyToOne(() => Champion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'champion_id', foreignKeyConstraintName: 'fk_champion_feedback_champion' })
  champion?: Champion;

  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_champion_feedback_route' })
  route?: LearningRoute;

  /** The user who wrote it; exposed to admins, editors and the author only. */
  @Column({ type: 'uuid' })
  authorUserId: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' })
  @Column({ type: 'smallint' })
  rating: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'Which session, e.g. "Day 3: field visit to Ayacucho"' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  sessionLabel: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
