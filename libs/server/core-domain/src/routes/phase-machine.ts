import { defineStateMachine, type MoveRule } from '@lr/server-core';
import { LearningRoute } from './learning-route.entity';
import { PHASE_ORDER, RoutePhase } from './route-phase';

/** Forward one phase at a time; an admin may step back one phase, giving a reason. */
const steps = PHASE_ORDER.slice(1).map((to, i) => ({ from: PHASE_ORDER[i], to }));
const moves: MoveRule<RoutePhase>[] = [
  ...steps,
  ...steps.map(({ from, to }) => ({ from: to, to: from, by: 'admins' as const, needsReason: true })),
];

/**
 * Where a route stands. Other modules add their own conditions with `guardOn(routePhaseMachine, …)`
 * (e.g. delegations complete before IMPLEMENTATION).
 */
export const routePhaseMachine = defineStateMachine<LearningRoute, RoutePhase>({
  name: 'route.phase',
  module: 'core',
  entity: LearningRoute,
  property: 'phase',
  label: 'route',
  moves,
  guards: [
    {
      to: RoutePhase.IMPLEMENTATION,
      from: RoutePhase.PREPARATION,
      check: (_ctx, route) => (route.startDate && route.endDate ? [] : [{ code: 'DATES', message: 'its start and end dates' }]),
    },
  ],
});
