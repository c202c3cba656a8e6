import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, type LocalizedValue, LocalizedColumn } from '@lr/server-core';
import { Country } from '@lr/server-core-domain';
import { PracticeLevel, PracticeStatus } from './practice-status';

/**
 * A host-country experience worth learning from. Its texts are exposed as `title(lang)` and
 * `titleTranslations` (and likewise for the other localized columns).
 */
@ObjectType({ description: 'A best practice of a host country, assessed, systematized and shown to visiting delegations' })
@Entity('practice')
@Index('ix_practice_country', ['countryCode'])
@Index('ix_practice_status', ['status'])
@Check('ck_practice_level', `level IN ('COMMUNITY', 'DISTRICT', 'PROVINCIAL', 'NATIONAL')`)
@Check('ck_practice_status', `status IN ('IDENTIFIED', 'UNDER_ASSESSMENT', 'SELECTED', 'REJECTED', 'SYSTEMATIZED', 'PUBLISHED')`)
export class Practice extends BaseRecord {
  @LocalizedColumn()
  title: LocalizedValue;

  @Field()
  @Column({ type: 'char', length: 2 })
  countryCode: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', foreignKeyConstraintName: 'fk_practice_country' })
  country?: Country;

  @Field(() => String, { nullable: true, description: 'Where in the country, e.g. a district or region' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  locality: string | null;

  @Field(() => PracticeLevel)
  @Column({ type: 'varchar', length: 20 })
  level: PracticeLevel;

  @Field(() => [ID], { description: 'Organisations leading the practice' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  leadingOrganisationIds: string[];

  @LocalizedColumn({ optional: true })
  summary: LocalizedValue;

  @LocalizedColumn({ optional: true })
  keySuccessFactors: LocalizedValue;

  @LocalizedColumn({ optional: true })
  lessonsLearned: LocalizedValue;

  @LocalizedColumn({ optional: true })
  innovations: LocalizedValue;

  @LocalizedColumn({ optional: true })
  evidence: LocalizedValue;

  @Field(() => [ID])
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  thematicAreaIds: string[];

  @Field(() => PracticeStatus)
  @Column({ type: 'varchar', length: 20, default: PracticeStatus.IDENTIFIED })
  status: PracticeStatus;
}
