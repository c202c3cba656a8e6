import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Allow, joinedOr, loadOne, Money, Reads, ToOne, type RequestContext } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { ActionFund } from './action-fund.entity';
import { Award } from './award.entity';
import { RecordAwardInput } from './fund.inputs';
import { money } from './fund.service';
import { AwardService } from './award.service';

@Resolver(() => Award)
export class AwardResolver {
  constructor(private readonly awards: AwardService) {}

  @Allow.admin()
  @Mutation(() => Award, {
    description: "Awards a FINAL or AWARDED plan from its route's fund (admins), in the fund's currency and never beyond what remains; the first award makes the plan AWARDED",
  })
  recordAward(@Ctx() ctx: RequestContext, @Arg('input') input: RecordAwardInput) {
    return this.awards.record(ctx, input);
  }

  @Allow.admin()
  @Mutation(() => ID, { description: "Removes an award at the version you read (admins); removing a plan's last award takes it back to FINAL, with the reason given" })
  removeAward(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true, description: "Kept in the plan's history when it goes back to FINAL" }) reason?: string | null,
  ) {
    return this.awards.remove(ctx, id, version, reason);
  }

  @Reads('amountMinor', 'fundId')
  @FieldResolver(() => Money, { description: "In the fund's currency" })
  async amount(@Ctx() ctx: RequestContext, @Root() award: Award) {
    const fund = await loadOne(ctx, ActionFund, award.fundId);
    return money(award.amountMinor, fund?.currency ?? 'USD');
  }

  @ToOne('plan')
  @FieldResolver(() => ActionPlan, { nullable: true })
  plan(@Ctx() ctx: RequestContext, @Root() award: Award) {
    return joinedOr(award.plan, () => loadOne(ctx, ActionPlan, award.planId));
  }

  @ToOne('fund')
  @FieldResolver(() => ActionFund, { nullable: true })
  fund(@Ctx() ctx: RequestContext, @Root() award: Award) {
    return joinedOr(award.fund, () => loadOne(ctx, ActionFund, award.fundId));
  }
}
