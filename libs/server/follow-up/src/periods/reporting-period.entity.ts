import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { Programme } from '@lr/server-core-domain';
import { PeriodStatus } from './period-status';

/**
 * A programme's reporting period (e.g. a quarter). Reports are dated inside one; once an admin
 * locks it (the kit's machine `reporting_period.status`), no report dated in it can be added or
 * changed. Owners are reminded before `closesOn` when their indicator has no report in it.
 */
@ObjectType({ description: "A programme's reporting period; locked, its reports can no longer change" })
@Entity('reporting_period')
@Index('ix_reporting_period_programme', ['programmeId', 'startsOn'])
@Check('ck_reporting_period_dates', 'ends_on >= starts_on AND closes_on >= ends_on')
@Check('ck_reporting_period_status', `status IN ('OPEN', 'LOCKED')`)
export class ReportingPeriod extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_reporting_period_programme' })
  programme?: Programme;

  @Field({ description: 'e.g. "2024 Q1"' })
  @Column({ type: 'varchar', length: 80 })
  label: string;

  @Field({ description: 'YYYY-MM-DD: first day reported on' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD: last day reported on' })
  @Column({ type: 'date' })
  endsOn: string;

  @Field({ description: 'YYYY-MM-DD: reports are due by then; the period may be locked after it' })
  @Column({ type: 'date' })
  closesOn: string;

  @Field(() => PeriodStatus)
  @Column({ type: 'varchar', length: 10, default: PeriodStatus.OPEN })
  status: PeriodStatus;
}
