import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { Person } from '@lr/server-core-domain';
import { Champion } from '../champions/champion.entity';

/** One training that prepares a champion to teach (public speaking, pedagogical tools…). */
@ObjectType({ description: 'A training that prepares a champion to teach' })
@Entity('champion_training')
@Index('ix_champion_training_champion', ['championId', 'date'])
export class ChampionTraining extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  championId: string;

  @ManyToOne(() => Champion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'champion_id', foreignKeyConstraintName: 'fk_champion_training_champion' })
  champion?: Champion;

  @Field({ description: 'e.g. "Public speaking", "Pedagogical tools"' })
  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  date: string;

  /** The trainer when they are not a person on record; see `trainer`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  trainerName: string | null;

  @Field(() => String, { nullable: true, description: 'The trainer, when they are a person on record' })
  @Column({ type: 'uuid', nullable: true })
  trainerPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trainer_person_id', foreignKeyConstraintName: 'fk_champion_training_trainer_person' })
  trainerPerson?: Person;

  @Field()
  @Column({ type: 'boolean', default: false })
  completed: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
