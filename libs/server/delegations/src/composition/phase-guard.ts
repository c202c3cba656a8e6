import { guardOn, type MachineGuard } from '@lr/server-core';
import { routePhaseMachine, RoutePhase, type LearningRoute } from '@lr/server-core-domain';
import { CompositionService } from './composition.service';

/**
 * The route cannot enter IMPLEMENTATION while a hard composition rule fails: the delegations
 * module adds this to the core's phase machine through the kit.
 */
export const compositionReadyGuard: MachineGuard = guardOn(routePhaseMachine, {
  to: RoutePhase.IMPLEMENTATION,
  async check(ctx, route: LearningRoute) {
    const rules = await new CompositionService().evaluate(ctx, route.id);
    return rules
      .filter((r) => r.hard && !r.holds)
      .map((r) => ({ code: `COMPOSITION_${r.code}`, message: `its composition to hold (${r.message})` }));
  },
});
