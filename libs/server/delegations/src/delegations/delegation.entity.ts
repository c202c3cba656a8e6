import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, referenceTarget } from '@lr/server-core';
import { Country, LearningRoute, Person } from '@lr/server-core-domain';
import { DelegationKind } from './delegation-kind';

/**
 * One visiting team on a route. Its name is unique on the route (the CSV import matches
 * delegations by it); national teams name their country.
 */
@ObjectType({ description: 'A visiting team on a learning route: a national team, a civil-society alliance or a stakeholder group' })
@Entity('delegation')
@Index('uq_delegation_route_name', ['routeId', 'name'], { unique: true })
@Index('ix_delegation_country', ['countryCode'])
@Check('ck_delegation_kind', `kind IN ('NATIONAL_TEAM', 'CIVIL_SOCIETY_ALLIANCE', 'STAKEHOLDER_GROUP')`)
@Check('ck_delegation_national_country', `kind <> 'NATIONAL_TEAM' OR country_code IS NOT NULL`)
export class Delegation extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_delegation_route' })
  route?: LearningRoute;

  @Field({ description: 'e.g. "Guatemala" or "CSO-SUN Zambia"; unique on the route' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => DelegationKind)
  @Column({ type: 'varchar', length: 30 })
  kind: DelegationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; required for national teams' })
  @Column({ type: 'char', length: 2, nullable: true })
  countryCode: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_code', referencedColumnName: 'code', foreignKeyConstraintName: 'fk_delegation_country' })
  country?: Country;

  @Field(() => String, { nullable: true, description: 'The head of delegation (lead contact), a person on record' })
  @Column({ type: 'uuid', nullable: true })
  headPersonId: string | null;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'head_person_id', foreignKeyConstraintName: 'fk_delegation_head_person' })
  headPerson?: Person;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  organisationIds: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

/** How other modules check that the delegation an input names exists, without reading its table. */
export const DelegationRef = referenceTarget(Delegation, 'delegation');
