import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, type LocalizedValue, LocalizedColumn } from '@lr/server-core';
import { Person } from '@lr/server-core-domain';

/**
 * A person recognised for practical knowledge of one or more practices, trained to teach it.
 * `personId` refers to the core person (a foreign key: the core is in every deployment); the
 * module's reference rules refuse to delete a person who is still a champion with a message
 * saying so. Contact consent lives on the person (`contactConsent`), not here.
 */
@ObjectType({ description: 'A person who teaches a practice they lived: their practices, expertise, consent, training and feedback' })
@Entity('champion')
@Index('uq_champion_person', ['personId'], { unique: true })
export class Champion extends BaseRecord {
  @Field({ description: 'The core person; one champion record per person' })
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_champion_person' })
  person?: Person;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  thematicAreaIds: string[];

  @Field(() => [String], { description: 'Free-text expertise, e.g. "community kitchens"' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertiseTags: string[];

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages they can teach in' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Exposed as `bio(lang)` and `bioTranslations`. */
  @LocalizedColumn({ optional: true })
  bio: LocalizedValue;

  @Field({ description: 'May they appear in photos and videos of the route?' })
  @Column({ type: 'boolean', default: false })
  consentToPhotograph: boolean;

  @Field(() => String, { nullable: true, description: 'Day the current photograph answer was recorded, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  consentToPhotographDate: string | null;
}
