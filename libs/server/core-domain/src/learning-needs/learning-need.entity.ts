import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { Country } from '../countries/country.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';

/** A country's ranked interest in a thematic area (rank 1 = most wanted). Used for matching. */
@ObjectType()
@Entity('learning_need')
@Index('uq_learning_need_country_area', ['countryCode', 'thematicAreaId'], { unique: true })
@Index('uq_learning_need_country_rank', ['countryCode', 'rank'], { unique: true })
@Check('ck_learning_need_rank', 'rank >= 1')
export class LearningNeed extends BaseRecord {
  @Field()
  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_learning_need_country' })
  country?: Country;

  @Field()
  @Column({ type: 'uuid' })
  thematicAreaId: string;

  @ManyToOne(() => ThematicArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thematic_area_id', foreignKeyConstraintName: 'fk_learning_need_thematic_area' })
  thematicArea?: ThematicArea;

  @Field(() => Int)
  @Column({ type: 'int' })
  rank: number;

  @Field(() => String, { nullable: true, description: 'Where the ranking comes from, e.g. a survey' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  source: string | null;
}
