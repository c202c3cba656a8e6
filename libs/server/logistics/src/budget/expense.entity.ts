import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { BudgetLine } from './budget-line.entity';
import { decimalText } from './decimal-text';

/**
 * Money spent against a budget line, in the currency paid, with the exchange rate to the
 * programme's currency on the day (a decimal string kept as `numeric`, never a float), and an
 * optional receipt in the file storage.
 */
@ObjectType({ description: 'Money spent against a budget line, with its exchange rate and receipt' })
@Entity('expense')
@Index('ix_expense_line', ['budgetLineId', 'spentOn'])
@Check('ck_expense_amount', 'amount_minor > 0')
@Check('ck_expense_rate', 'exchange_rate > 0')
export class Expense extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  budgetLineId: string;

  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id', foreignKeyConstraintName: 'fk_expense_budget_line' })
  budgetLine?: BudgetLine;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  spentOn: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  description: string;

  /** Exposed as `amount: Money`. */
  @Column({ type: 'bigint' })
  amountMinor: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field({ description: "Programme currency units per unit of the expense's currency, e.g. \"0.79\"" })
  @Column({ type: 'numeric', precision: 20, scale: 10, transformer: decimalText })
  exchangeRate: string;

  /** Key in the file storage; null until a receipt is uploaded. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  receiptKey: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  receiptName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  receiptType: string | null;
}
