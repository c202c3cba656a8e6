import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, Language, NotForPartners, Personal, PersonalData, referenceTarget } from '@lr/server-core';
import { Country, LearningRoute, Person } from '@lr/server-core-domain';
import { TravelStatus, VisaStatus } from './travel-enums';

/**
 * Someone travelling to a route: a participant or a member of the route team (checked through
 * the delegations module's public reads). Passport number, nationality and date of birth are
 * identity data under the kit's privacy policy: admins and the person themselves read them;
 * editors see only whether they are complete. The visa letter, which must print them, is a
 * download for admins and logistics editors.
 */
@ObjectType({ description: 'A participant or route team member travelling to a route' })
@Entity('traveller')
@Index('uq_traveller_route_person', ['routeId', 'personId'], { unique: true })
@Index('ix_traveller_person', ['personId'])
@Check('ck_traveller_travel_status', `travel_status IN ('REQUESTED', 'BOOKED', 'TICKETED')`)
@Check('ck_traveller_visa_status', `visa_status IN ('NOT_NEEDED', 'TO_APPLY', 'APPLIED', 'GRANTED', 'REFUSED')`)
export class Traveller extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_traveller_route' })
  route?: LearningRoute;

  @Field()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_traveller_person' })
  person?: Person;

  @NotForPartners()
  @Field(() => TravelStatus)
  @Column({ type: 'varchar', length: 20, default: TravelStatus.REQUESTED })
  travelStatus: TravelStatus;

  @NotForPartners()
  @Field(() => VisaStatus)
  @Column({ type: 'varchar', length: 20, default: VisaStatus.TO_APPLY })
  visaStatus: VisaStatus;

  @Personal(PersonalData.IDENTITY, { personId: 'personId' })
  @Field(() => String, { nullable: true, description: 'Identity data: admins and the person themselves' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  passportNumber: string | null;

  @Personal(PersonalData.IDENTITY, { personId: 'personId' })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; identity data' })
  @Column({ type: 'date', nullable: true })
  passportExpiry: string | null;

  @Personal(PersonalData.IDENTITY, { personId: 'personId' })
  @Field(() => String, { nullable: true, description: 'ISO country code; identity data' })
  @Column({ type: 'char', length: 2, nullable: true })
  nationalityCode: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nationality_code', foreignKeyConstraintName: 'fk_traveller_nationality' })
  nationality?: Country;

  @Personal(PersonalData.IDENTITY, { personId: 'personId' })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; identity data' })
  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'Insurer and policy, e.g. "Allianz Travel 99-1234"' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  insurance: string | null;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the insurance covers the trip until then' })
  @Column({ type: 'date', nullable: true })
  insuredUntil: string | null;

  @NotForPartners()
  @Field(() => Language, { description: 'The language of their visa letter' })
  @Column({ type: 'varchar', length: 2, default: Language.EN })
  letterLanguage: Language;

  @NotForPartners()
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

export const TravellerRef = referenceTarget(Traveller, 'traveller');
