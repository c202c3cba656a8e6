import { registerEnumType } from 'type-graphql';

/** Where a learning route stands. Phases move forward one step at a time. */
export enum RoutePhase {
  PLANNING = 'PLANNING',
  SYSTEMATIZATION = 'SYSTEMATIZATION',
  PREPARATION = 'PREPARATION',
  IMPLEMENTATION = 'IMPLEMENTATION',
  ACTION_PLANNING = 'ACTION_PLANNING',
  FOLLOW_UP = 'FOLLOW_UP',
  CLOSED = 'CLOSED',
}
registerEnumType(RoutePhase, { name: 'RoutePhase' });

export const PHASE_ORDER: readonly RoutePhase[] = [
  RoutePhase.PLANNING,
  RoutePhase.SYSTEMATIZATION,
  RoutePhase.PREPARATION,
  RoutePhase.IMPLEMENTATION,
  RoutePhase.ACTION_PLANNING,
  RoutePhase.FOLLOW_UP,
  RoutePhase.CLOSED,
];
