import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { AwardKind } from './fund-enums';
import { ActionFund } from './action-fund.entity';

/**
 * What a plan receives from its route's fund. The amount is in the fund's currency (a cash grant,
 * or the value of what is given in kind or of a technical-assistance visit); all awards of a fund
 * never add up to more than the fund (checked under the fund row's lock).
 */
@ObjectType({ description: "An award from a route's action fund to a FINAL plan" })
@Entity('action_fund_award')
@Index('ix_action_fund_award_fund', ['fundId'])
@Index('ix_action_fund_award_plan', ['planId'])
@Check('ck_action_fund_award_amount', 'amount_minor >= 0')
@Check('ck_action_fund_award_kind', `kind IN ('CASH', 'IN_KIND', 'TECHNICAL_ASSISTANCE_VISIT')`)
export class Award extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  fundId: string;

  @ManyToOne(() => ActionFund, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'fk_action_fund_award_fund' })
  fund?: ActionFund;

  @Field()
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_fund_award_plan' })
  plan?: ActionPlan;

  @Field(() => AwardKind)
  @Column({ type: 'varchar', length: 30 })
  kind: AwardKind;

  /** Exposed as `amount: Money`, in the fund's currency. */
  @Column({ type: 'bigint' })
  amountMinor: string;

  @Field({ description: 'What is given, e.g. "Seed grant for the costing workshop"' })
  @Column({ type: 'varchar', length: 300 })
  description: string;
}
