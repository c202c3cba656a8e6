import { choiceField, defineSetting, intField, type FieldProblem } from '@lr/server-core';
import { DEFAULT_COMPOSITION, type CompositionTargets } from './defaults';
import { RouteKind } from './route-kind';

/** The bounds of each target: the route's own input (`SetCompositionInput`) and the platform default use the same. */
export const COMPOSITION_FIELDS = {
  routeKind: choiceField(RouteKind),
  maxPeople: intField(1, 500),
  nationalTeams: intField(1, 50),
  teamSize: intField(1, 20),
  minGovernmentPerTeam: intField(0, 20),
  maxPerStakeholderGroup: intField(1, 20),
  minParticipants: intField(1, 500),
  maxParticipants: intField(1, 500),
  minAlliances: intField(1, 100),
  maxGenderSharePercent: intField(34, 100),
} as const;

/** The rule across targets, with a path relative to the targets. */
export function targetProblems(targets: CompositionTargets): FieldProblem[] {
  return targets.minParticipants > targets.maxParticipants
    ? [{ path: 'minParticipants', message: `must not be above maxParticipants (${targets.maxParticipants})`, constraint: 'minAboveMax' }]
    : [];
}

/**
 * The targets a new route starts with (000 §28-30, 001 until an admin changes them). They are
 * copied onto the route when it is made, so a later change leaves existing routes as they are.
 */
export const compositionDefaultsSetting = defineSetting<CompositionTargets>({
  key: 'delegations.compositionDefaults',
  module: 'delegations',
  description: 'The composition targets a new route starts with; each route can then change its own',
  fields: COMPOSITION_FIELDS,
  defaults: { ...DEFAULT_COMPOSITION },
  check: targetProblems,
});
