import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { Programme } from '@lr/server-core-domain';
import { decimalText } from './decimal-text';

/**
 * The programme's planning rate for a currency: what converts planned lines, travel legs and
 * stays into the programme's currency. Expenses carry the rate of their own day instead.
 */
@ObjectType({ description: "A programme's planning exchange rate: programme currency units per unit of `currency`" })
@Entity('exchange_rate')
@Index('uq_exchange_rate_programme_currency', ['programmeId', 'currency'], { unique: true })
@Check('ck_exchange_rate_rate', 'rate > 0')
export class ExchangeRate extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_exchange_rate_programme' })
  programme?: Programme;

  @Field({ description: 'ISO 4217, e.g. USD' })
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field({ description: 'Decimal string, e.g. "0.79" (GBP per USD for a GBP programme)' })
  @Column({ type: 'numeric', precision: 20, scale: 10, transformer: decimalText })
  rate: string;
}
