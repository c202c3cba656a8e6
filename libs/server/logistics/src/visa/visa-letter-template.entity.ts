import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, LocalizedColumn, type LocalizedValue } from '@lr/server-core';
import { Country } from '@lr/server-core-domain';

/**
 * How a host country's invitation letters read: the inviting organisation's letterhead, the
 * signatory, and the body in each language with placeholders ({name}, {passportNumber},
 * {nationality}, {dateOfBirth}, {routeTitle}, {startDate}, {endDate}, {city}, {purpose}).
 */
@ObjectType({ description: "A host country's visa invitation letter: letterhead, signatory and body per language" })
@Entity('visa_letter_template')
@Index('uq_visa_letter_template_country', ['hostCountryCode'], { unique: true })
export class VisaLetterTemplate extends BaseRecord {
  @Field()
  @Column({ type: 'char', length: 2 })
  hostCountryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_country_code', foreignKeyConstraintName: 'fk_visa_letter_template_country' })
  hostCountry?: Country;

  @Field({ description: 'The inviting organisation, printed at the top' })
  @Column({ type: 'varchar', length: 200 })
  issuerName: string;

  @Field({ description: 'Its address, one line per line' })
  @Column({ type: 'text' })
  issuerAddress: string;

  @Field({ description: 'Who signs, e.g. "Ana Torres"' })
  @Column({ type: 'varchar', length: 200 })
  signatoryName: string;

  /** Exposed as `signatoryTitle(language)` / `signatoryTitles`. */
  @LocalizedColumn({ optional: true })
  signatoryTitle: LocalizedValue;

  /** Exposed as `body(language)` / `bodies`: paragraphs separated by a blank line. */
  @LocalizedColumn()
  body: LocalizedValue;
}
