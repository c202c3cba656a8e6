import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, type LocalizedValue, LocalizedColumn } from '@lr/server-core';
import { Organisation } from '../organisations/organisation.entity';

/** A funded series of learning routes. */
@ObjectType()
@Entity('programme')
@Check('ck_programme_dates', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class Programme extends BaseRecord {
  /** Exposed as `name(lang)` and `nameTranslations`. */
  @LocalizedColumn()
  name: LocalizedValue;

  @LocalizedColumn({ optional: true })
  objectives: LocalizedValue;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  funderId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'funder_id', foreignKeyConstraintName: 'fk_programme_funder' })
  funder?: Organisation;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  coordinatorId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coordinator_id', foreignKeyConstraintName: 'fk_programme_coordinator' })
  coordinator?: Organisation;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  facilitatorId: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facilitator_id', foreignKeyConstraintName: 'fk_programme_facilitator' })
  facilitator?: Organisation;

  /** Total budget in minor units (pence, cents) of `currency`; exposed as `budget: Money`. */
  @Column({ type: 'bigint', nullable: true })
  budgetMinor: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  thematicAreaIds: string[];

  @Field(() => Int, { description: 'Longest a route of this programme may last on the ground, in days' })
  @Column({ type: 'int', default: 8 })
  maxRouteDays: number;
}
