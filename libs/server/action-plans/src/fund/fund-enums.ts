import { registerEnumType } from 'type-graphql';

/** Whether participants may cast ballots (the kit's machine `action_fund.voting`). */
export enum VotingStatus {
  NOT_OPEN = 'NOT_OPEN',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(VotingStatus, { name: 'VotingStatus', description: 'Whether participants may cast ballots' });

/** What a winning plan receives (000 §45). */
export enum AwardKind {
  CASH = 'CASH',
  IN_KIND = 'IN_KIND',
  TECHNICAL_ASSISTANCE_VISIT = 'TECHNICAL_ASSISTANCE_VISIT',
}
registerEnumType(AwardKind, { name: 'AwardKind', description: 'What a winning plan receives' });
