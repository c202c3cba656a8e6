import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { Country } from '../countries/country.entity';

export enum OrganisationType {
  GOVERNMENT = 'GOVERNMENT',
  CIVIL_SOCIETY_ALLIANCE = 'CIVIL_SOCIETY_ALLIANCE',
  NGO = 'NGO',
  UN_AGENCY = 'UN_AGENCY',
  DONOR = 'DONOR',
  BUSINESS = 'BUSINESS',
  ACADEMIA = 'ACADEMIA',
  FACILITATOR = 'FACILITATOR',
}
registerEnumType(OrganisationType, { name: 'OrganisationType' });

@ObjectType()
@Entity('organisation')
@Index('ix_organisation_country', ['countryCode'])
export class Organisation extends BaseRecord {
  @Field()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name, e.g. PROCASUR' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  acronym: string | null;

  @Field(() => OrganisationType)
  @Column({ type: 'varchar', length: 30 })
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_organisation_country' })
  country?: Country;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;
}
