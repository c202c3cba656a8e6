import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Personal, PersonalData } from '@lr/server-core';
import { Country } from '../countries/country.entity';
import { Organisation } from '../organisations/organisation.entity';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNDISCLOSED = 'UNDISCLOSED',
}
registerEnumType(Gender, { name: 'Gender' });

/**
 * One record per human, whatever roles they take (champion in one route, participant in
 * another). `email` and `phone` are personal data: the core privacy policy (`@Personal`)
 * decides who sees them, from the caller and the person's own consent; a user whose account
 * belongs to the person (`User.personId`) sees their own.
 */
@ObjectType()
@Entity('person')
@Index('ix_person_organisation', ['organisationId'])
@Index('uq_person_email', ['email'], { unique: true })
export class Person extends BaseRecord {
  @Field()
  @Column({ type: 'varchar', length: 150 })
  givenName: string;

  @Field()
  @Column({ type: 'varchar', length: 150 })
  familyName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_person_organisation' })
  organisation?: Organisation;

  @Field(() => String, { nullable: true })
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_person_country' })
  country?: Country;

  @Field(() => Gender)
  @Column({ type: 'varchar', length: 20, default: Gender.UNDISCLOSED })
  gender: Gender;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages they speak' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'Job title or position' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  position: string | null;

  @Field({ description: 'They agreed to be contacted by partners and editors; without it their e-mail and phone stay hidden from all but admins' })
  @Column({ type: 'boolean', default: false })
  contactConsent: boolean;

  @Field(() => String, { nullable: true, description: 'Day the current contact answer was recorded, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  contactConsentDate: string | null;

  @Personal(PersonalData.CONTACT, { personId: 'id' })
  @Field(() => String, { nullable: true, description: 'Personal data: admins, and the person themselves, always; editors and keys with the PERSONAL_DATA scope only with the person’s consent' })
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  @Personal(PersonalData.CONTACT, { personId: 'id' })
  @Field(() => String, { nullable: true, description: 'Personal data, as email' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;
}
