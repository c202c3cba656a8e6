import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, NotForPartners, referenceTarget } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { Delegation } from '../delegations/delegation.entity';
import { DecisionPower, ParticipantRole, Sector, SelectionStatus } from './participant-enums';

/**
 * A person in a delegation. `routeId` repeats the delegation's route so that a person is on a
 * route once (unique index) and the composition rules count a route's people in one statement.
 * Personal data stays on the person (the core's privacy policy); what is here is the person's
 * application, shown to partners only as far as `@InternalField` allows.
 */
@ObjectType({ description: 'A person in a delegation: their application, selection status, consents and arrival' })
@Entity('participant')
@Index('uq_participant_route_person', ['routeId', 'personId'], { unique: true })
@Index('ix_participant_delegation', ['delegationId', 'status'])
@Index('ix_participant_person', ['personId'])
@Check('ck_participant_status', `status IN ('NOMINATED', 'SELECTED', 'WAITLISTED', 'DECLINED', 'WITHDRAWN')`)
@Check('ck_participant_sector', `sector IN ('GOVERNMENT', 'CIVIL_SOCIETY', 'UN', 'DONOR', 'BUSINESS', 'ACADEMIA')`)
export class Participant extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  delegationId: string;

  @ManyToOne(() => Delegation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'delegation_id', foreignKeyConstraintName: 'fk_participant_delegation' })
  delegation?: Delegation;

  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_participant_route' })
  route?: LearningRoute;

  @Field()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_participant_person' })
  person?: Person;

  @Field(() => Sector)
  @Column({ type: 'varchar', length: 20 })
  sector: Sector;

  @Field(() => String, { nullable: true, description: 'Their position for this route (the person’s own position is on the person)' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  position: string | null;

  @NotForPartners()
  @Field(() => DecisionPower, { nullable: true, description: 'How far they can put what they learn into practice; null for partners' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  decisionPower: DecisionPower | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'Why they want to take part (their motivation statement); null for partners' })
  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'Where they will apply what they learn; null for partners' })
  @Column({ type: 'text', nullable: true })
  applicationContext: string | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'What they commit to do before the route; null for partners' })
  @Column({ type: 'text', nullable: true })
  commitmentBefore: string | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'What they commit to do during the route; null for partners' })
  @Column({ type: 'text', nullable: true })
  commitmentDuring: string | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'What they commit to do after the route; null for partners' })
  @Column({ type: 'text', nullable: true })
  commitmentAfter: string | null;

  @Field(() => [ParticipantRole])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: ParticipantRole[];

  @Field(() => SelectionStatus)
  @Column({ type: 'varchar', length: 20, default: SelectionStatus.NOMINATED })
  status: SelectionStatus;

  @Column({ type: 'boolean', nullable: true })
  consentPersonalData: boolean | null;
  @Column({ type: 'date', nullable: true })
  consentPersonalDataDate: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true })
  consentPersonalDataBy: string | null;

  @Column({ type: 'boolean', nullable: true })
  consentPhotosAndMedia: boolean | null;
  @Column({ type: 'date', nullable: true })
  consentPhotosAndMediaDate: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true })
  consentPhotosAndMediaBy: string | null;

  @Column({ type: 'boolean', nullable: true })
  consentSharePlan: boolean | null;
  @Column({ type: 'date', nullable: true })
  consentSharePlanDate: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true })
  consentSharePlanBy: string | null;

  @NotForPartners()
  @Field(() => Date, { nullable: true, description: 'When they were checked in on arrival; null for partners' })
  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'Who checked them in (a name); null for partners' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  checkedInBy: string | null;
}

export const ParticipantRef = referenceTarget(Participant, 'participant');
