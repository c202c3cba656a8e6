import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, referenceTarget } from '@lr/server-core';
import { LearningRoute, Programme } from '@lr/server-core-domain';
import { BudgetCategory } from './budget-category';

/**
 * A planned amount for one category, of a programme (route null) or one of its routes. Amounts
 * are integer minor units of their own currency; totals are converted to the programme's
 * currency with the programme's exchange rates, exactly.
 */
@ObjectType({ description: 'A planned amount for one category, of a programme or one of its routes' })
@Entity('budget_line')
@Index('ix_budget_line_programme', ['programmeId', 'routeId'])
@Check('ck_budget_line_planned', 'planned_minor >= 0')
@Check('ck_budget_line_category', `category IN ('TRAVEL', 'ACCOMMODATION', 'PER_DIEM', 'INTERPRETATION', 'COMMUNICATIONS', 'MATERIALS', 'STAFF', 'ACTION_FUND', 'OTHER')`)
export class BudgetLine extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_budget_line_programme' })
  programme?: Programme;

  @Field(() => String, { nullable: true, description: 'Null for a programme-level line' })
  @Column({ type: 'uuid', nullable: true })
  routeId: string | null;

  @ManyToOne(() => LearningRoute, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_budget_line_route' })
  route?: LearningRoute;

  @Field(() => BudgetCategory)
  @Column({ type: 'varchar', length: 20 })
  category: BudgetCategory;

  @Field({ description: 'e.g. "International flights"' })
  @Column({ type: 'varchar', length: 200 })
  label: string;

  /** Exposed as `planned: Money`. */
  @Column({ type: 'bigint' })
  plannedMinor: string;

  @Column({ type: 'char', length: 3 })
  currency: string;
}

export const BudgetLineRef = referenceTarget(BudgetLine, 'budget line');
