import { registerEnumType } from 'type-graphql';

/** People who travel with the route without being learners (000 §30, §43). */
export enum TeamRole {
  PROJECT_LEADER = 'PROJECT_LEADER',
  TECHNICAL_COORDINATOR = 'TECHNICAL_COORDINATOR',
  METHODOLOGICAL_COORDINATOR = 'METHODOLOGICAL_COORDINATOR',
  LOGISTICS_COORDINATOR = 'LOGISTICS_COORDINATOR',
  COMMUNICATIONS = 'COMMUNICATIONS',
  TRANSLATOR = 'TRANSLATOR',
  SECRETARIAT = 'SECRETARIAT',
  SCALING_UP_SPECIALIST = 'SCALING_UP_SPECIALIST',
}
registerEnumType(TeamRole, { name: 'TeamRole', description: 'A role in the route team (people who travel but do not learn)' });
