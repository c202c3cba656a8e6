import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord, type LocalizedValue } from '@lr/server-core';

/**
 * A person recognised for practical knowledge of one or more practices, trained to teach it.
 * `personId` refers to the core person by id only (no foreign key: modules stay splittable);
 * the reference guard refuses to delete a person who is still a champion.
 */
@ObjectType({ description: 'A person who teaches a practice they lived: their practices, expertise, consent, training and feedback' })
@Entity('champion')
@Index('uq_champion_person', ['personId'], { unique: true })
export class Champion extends BaseRecord {
  @Field({ description: 'The core person; one champion record per person' })
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  thematicAreaIds: string[];

  @Field(() => [String], { description: 'Free-text expertise, e.g. "community kitchens"' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertiseTags: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages they can teach in' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Exposed as `bio(lang)` and `bioTranslations`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  bio: LocalizedValue;

  @Field({ description: 'May partners and participants contact them? Without it their contact details stay hidden' })
  @Column({ type: 'boolean', default: false })
  consentToContact: boolean;

  @Field(() => String, { nullable: true, description: 'Day the current contact answer was recorded, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  consentToContactDate: string | null;

  @Field({ description: 'May they appear in photos and videos of the route?' })
  @Column({ type: 'boolean', default: false })
  consentToPhotograph: boolean;

  @Field(() => String, { nullable: true, description: 'Day the current photograph answer was recorded, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  consentToPhotographDate: string | null;
}
