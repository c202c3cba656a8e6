import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';
import { BaseRecord } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { VotingStatus } from './fund-enums';

/**
 * A route's action fund (000 §45: USD 12,000 by default), shared among the winning plans, and
 * its vote. The row is also what awards lock, so two admins cannot both spend the last dollars.
 */
@ObjectType({ description: "A route's action fund and its vote" })
@Entity('action_fund')
@Index('uq_action_fund_route', ['routeId'], { unique: true })
@Check('ck_action_fund_amount', 'amount_minor >= 0')
@Check('ck_action_fund_voting', `voting_status IN ('NOT_OPEN', 'OPEN', 'CLOSED')`)
export class ActionFund extends BaseRecord {
  @Field()
  @Column({ type: 'uuid' })
  routeId: string;

  @OneToOne(() => LearningRoute, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'route_id', foreignKeyConstraintName: 'fk_action_fund_route' })
  route?: LearningRoute;

  /** Exposed as `amount: Money`. */
  @Column({ type: 'bigint' })
  amountMinor: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Field(() => VotingStatus)
  @Column({ type: 'varchar', length: 10, default: VotingStatus.NOT_OPEN })
  votingStatus: VotingStatus;

  @Field(() => Date, { nullable: true, description: 'When voting last opened' })
  @Column({ type: 'timestamptz', nullable: true })
  votingOpenedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When voting closed' })
  @Column({ type: 'timestamptz', nullable: true })
  votingClosedAt: Date | null;
}
