import { registerEnumType } from 'type-graphql';

/** What a reviewer recommends for the version they read. */
export enum Recommendation {
  ACCEPT = 'ACCEPT',
  REVISE = 'REVISE',
}
registerEnumType(Recommendation, { name: 'Recommendation', description: 'What a reviewer recommends for the version they read' });
