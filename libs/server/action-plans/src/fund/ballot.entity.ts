import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Redacted } from '@lr/server-core';
import { Person } from '@lr/server-core-domain';
import { ActionPlan } from '../plans/action-plan.entity';
import { ActionFund } from './action-fund.entity';

/**
 * One participant's vote in a route's fund: a single choice of a plan that is not their own
 * delegation's (see VotingService for why single choice). One per voter (unique index); it
 * cannot be changed once cast.
 */
@ObjectType({ description: "A participant's vote for one plan of their route (not their own delegation's)" })
@Entity('action_fund_ballot')
@Index('uq_action_fund_ballot_voter', ['fundId', 'voterPersonId'], { unique: true })
@Index('ix_action_fund_ballot_plan', ['planId'])
export class Ballot {
  @Field()
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'uuid' })
  fundId: string;

  @ManyToOne(() => ActionFund, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fund_id', foreignKeyConstraintName: 'fk_action_fund_ballot_fund' })
  fund?: ActionFund;

  @Column({ type: 'uuid' })
  voterPersonId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_person_id', foreignKeyConstraintName: 'fk_action_fund_ballot_voter' })
  voter?: Person;

  /**
   * Kept out of the audit trail, whose entries name the voter: no record but the ballot itself
   * (read by its voter alone, `myBallot`) ties a voter to a plan.
   */
  @Field()
  @Redacted()
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_action_fund_ballot_plan' })
  plan?: ActionPlan;

  @Field()
  @CreateDateColumn({ name: 'cast_at', type: 'timestamptz' })
  castAt: Date;
}
