import { registerEnumType } from 'type-graphql';

/** Which set of composition rules a route follows. */
export enum RouteKind {
  /** National teams of a few people each (000 §28-30). */
  NATIONAL_TEAMS = 'NATIONAL_TEAMS',
  /** Civil-society alliances: 21-24 participants from at least 7 alliances (001). */
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
}
registerEnumType(RouteKind, {
  name: 'RouteKind',
  valuesConfig: {
    NATIONAL_TEAMS: { description: 'National teams (000 §28-30)' },
    CIVIL_SOCIETY: { description: 'Civil-society alliances (001)' },
  },
});
