import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow, Cost, type RequestContext } from '@lr/server-core';
import { ChangeActionPlanStatusesInput, PlanBulkMoveService, PlanMoveOutcome } from './plan-bulk-moves';

/** Many plans' review moves at once; who may move which plan is `changeActionPlanStatus`'s rule, plan by plan. */
@Resolver()
export class PlanBulkMovesResolver {
  constructor(private readonly bulk: PlanBulkMoveService) {}

  @Allow.user()
  @Cost({ assumedSize: 100 })
  @Mutation(() => [PlanMoveOutcome], {
    description:
      'Moves many plans to one status (e.g. SUBMITTED → IN_REVIEW), each as changeActionPlanStatus would: all or nothing. Answers each plan’s outcome in the order asked (DONE, or UNCHANGED when already there); when one is refused none moves, and the error’s `extensions.outcomes` says what became of each',
  })
  changeActionPlanStatuses(@Ctx() ctx: RequestContext, @Arg('input') input: ChangeActionPlanStatusesInput) {
    return this.bulk.changeStatuses(ctx, input);
  }
}
