import { registerEnumType } from 'type-graphql';

/** What a champion did in a practice. */
export enum ChampionRole {
  LEADER = 'LEADER',
  IMPLEMENTER = 'IMPLEMENTER',
  COMMUNITY_MEMBER = 'COMMUNITY_MEMBER',
  OFFICIAL = 'OFFICIAL',
}
registerEnumType(ChampionRole, { name: 'ChampionRole', description: 'What a champion did in a practice' });
