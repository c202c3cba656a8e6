import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, NotForPartners } from '@lr/server-core';
import { decimalColumn } from '../indicators/decimal';
import { TrackedIndicator } from '../indicators/tracked-indicator.entity';
import { ReportingPeriod } from '../periods/reporting-period.entity';
import { Verification } from './verification';

/**
 * A value reported for an indicator on a date, with a note and evidence (a link or an uploaded
 * file), verified by the kit's machine `progress_report.verification` (UNVERIFIED → VERIFIED, or
 * RETURNED for revision with a reason). Dated in a period when the programme has one for that date.
 */
@ObjectType({ description: 'A value reported for an indicator, with evidence and its verification' })
@Entity('progress_report')
@Index('ix_progress_report_indicator', ['indicatorId', 'reportedOn'])
@Index('ix_progress_report_period', ['periodId'])
@Check('ck_progress_report_verification', `verification IN ('UNVERIFIED', 'VERIFIED', 'RETURNED')`)
export class ProgressReport extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  indicatorId: string;

  @ManyToOne(() => TrackedIndicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_progress_report_indicator' })
  indicator?: TrackedIndicator;

  @Field(() => String, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  periodId: string | null;

  @ManyToOne(() => ReportingPeriod, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_progress_report_period' })
  period?: ReportingPeriod;

  @Field({ description: 'Decimal string' })
  @Column({ type: 'numeric', precision: 20, scale: 4, transformer: decimalColumn })
  value: string;

  @Field({ description: 'YYYY-MM-DD: the date the value describes' })
  @Column({ type: 'date' })
  reportedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence as a link' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  evidenceUrl: string | null;

  /** Evidence as a file: key in the file storage. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidenceKey: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  evidenceName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  evidenceType: string | null;

  @Field(() => Verification)
  @Column({ type: 'varchar', length: 12, default: Verification.UNVERIFIED })
  verification: Verification;

  @NotForPartners()
  @Field(() => String, { nullable: true, description: 'Who reported it (a user); null for partners' })
  @Column({ type: 'uuid', nullable: true })
  reportedBy: string | null;
}
