import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord, type LocalizedValue, LocalizedColumn } from '@lr/server-core';

/** A theme of learning; practices, routes, learning needs and plans are tagged with it. */
@ObjectType()
@Entity('thematic_area')
export class ThematicArea extends BaseRecord {
  @Field({ description: 'Short stable key, e.g. costing-nutrition-plans' })
  @Index('uq_thematic_area_code', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  code: string;

  /** Exposed as `name(lang)` and `nameTranslations`. */
  @LocalizedColumn()
  name: LocalizedValue;

  @LocalizedColumn({ optional: true })
  description: LocalizedValue;
}
