import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
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
 * another). `email` and `phone` are personal data: see PersonResolver.
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

  /** Personal data: exposed through a guarded field resolver. */
  @Column({ type: 'varchar', length: 320, nullable: true })
  email: string | null;

  /** Personal data: exposed through a guarded field resolver. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;
}
