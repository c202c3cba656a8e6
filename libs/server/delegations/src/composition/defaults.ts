import { RouteKind } from './route-kind';

/** The seeds' composition: 000 §28-30 for national-team routes, 001 for civil-society ones. */
export const DEFAULT_COMPOSITION = {
  routeKind: RouteKind.NATIONAL_TEAMS,
  maxPeople: 26,
  nationalTeams: 5,
  teamSize: 3,
  minGovernmentPerTeam: 1,
  maxPerStakeholderGroup: 1,
  minParticipants: 21,
  maxParticipants: 24,
  minAlliances: 7,
  maxGenderSharePercent: 60,
} as const;

export type CompositionTargets = { -readonly [K in keyof typeof DEFAULT_COMPOSITION]: (typeof DEFAULT_COMPOSITION)[K] extends number ? number : RouteKind };
