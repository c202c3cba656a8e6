import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Cost, type RequestContext } from '@lr/server-core';
import { AllowInternal } from './budget-access';
import { BudgetSummaryService } from './budget-summary.service';
import { ProgrammeBudget, RouteBudget } from './budget-summary.types';

@Resolver()
export class BudgetSummaryResolver {
  constructor(private readonly service: BudgetSummaryService) {}

  @AllowInternal()
  @Cost({ base: 10 })
  @Query(() => RouteBudget, {
    description:
      "Planned against actual for a route, per category and line, in the programme's currency: expenses at their own rates, plus travel legs (TRAVEL) and stays (ACCOMMODATION) at planning rates. Not for partners or participants",
  })
  routeBudget(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.service.routeBudget(ctx, routeId);
  }

  @AllowInternal()
  @Cost({ base: 20 })
  @Query(() => ProgrammeBudget, { description: "Planned against actual for a programme: per category, per route, its own lines, against its total budget. Not for partners or participants" })
  programmeBudget(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string) {
    return this.service.programmeBudget(ctx, programmeId);
  }
}
