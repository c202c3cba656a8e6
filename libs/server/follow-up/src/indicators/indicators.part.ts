import { reactOn, reactOnChange, type ModulePart } from '@lr/server-core';
import { planStatusMachine, PlanStatus } from '@lr/server-action-plans';
import { IndicatorResolver, PlanIndicatorsResolver, RouteIndicatorsResolver, TrackedIndicatorTextResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';
import { mountIndicatorsCsv } from './indicators-csv';
import { followObjectiveAdded, followObjectiveRemoved } from './objective-additions-removals';
import { followObjectiveCorrection } from './objective-corrections';
import { trackPlanIndicators } from './plan-indicators';
import { RollupService } from './rollup';
import { TrackedIndicator } from './tracked-indicator.entity';

/** What the indicators area adds to the follow-up module. */
export const indicatorsPart: ModulePart = {
  entities: [TrackedIndicator],
  resolvers: [IndicatorResolver, TrackedIndicatorTextResolver, PlanIndicatorsResolver, RouteIndicatorsResolver],
  services: [IndicatorService, RollupService],
  // The list as CSV (issue 14).
  http: mountIndicatorsCsv,
  // A plan entering FINAL (from review, or back from AWARDED) makes or refreshes its indicators.
  // A correction of an accepted plan's objective reaches its indicator, or is refused (0014);
  // an objective added to it is tracked at once; a removed one's indicator goes, unless reported on.
  reactions: [
    reactOn(planStatusMachine, { to: PlanStatus.FINAL, run: async (ctx, plan) => void (await trackPlanIndicators(ctx, plan.id)) }),
    reactOnChange(planStatusMachine, followObjectiveCorrection),
    reactOnChange(planStatusMachine, followObjectiveAdded),
    reactOnChange(planStatusMachine, followObjectiveRemoved),
  ],
};
