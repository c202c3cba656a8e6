import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { LocalizedColumn, type LocalizedValue } from '@lr/server-core';

/** An ISO 3166-1 country. Reference data: seeded by migration, not edited through the API. */
@ObjectType()
@Entity('country')
export class Country {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. PE' })
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  /** Exposed as `name(lang)` and `nameTranslations`. */
  @LocalizedColumn()
  name: LocalizedValue;
}
