import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { Champion } from '../champions/champion.entity';
import { ChampionRole } from './champion-role';

/**
 * A champion's part in a practice. `practiceId` names a practice of the practices module by id
 * only (no foreign key to a sibling module's table): the service checks it exists, and the
 * module's reference rule refuses to delete a practice a champion is still linked to.
 */
@ObjectType({ description: "A champion's role in a practice" })
@Entity('champion_practice')
@Index('uq_champion_practice', ['championId', 'practiceId'], { unique: true })
@Index('ix_champion_practice_practice', ['practiceId'])
export class ChampionPractice extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  championId: string;

  @ManyToOne(() => Champion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'champion_id', foreignKeyConstraintName: 'fk_champion_practice_champion' })
  champion?: Champion;

  @Field()
  @Column({ type: 'uuid' })
  practiceId: string;

  @Field(() => ChampionRole)
  @Column({ type: 'varchar', length: 30 })
  role: ChampionRole;
}
