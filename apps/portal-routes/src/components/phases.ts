import type { RoutePhase } from '../graphql/generated/graphql';

/** A route's phases in the order it goes through them. */
export const PHASES: readonly RoutePhase[] = [
  'PLANNING',
  'SYSTEMATIZATION',
  'PREPARATION',
  'IMPLEMENTATION',
  'ACTION_PLANNING',
  'FOLLOW_UP',
  'CLOSED',
];
