import { registerEnumType } from 'type-graphql';

/** Whether reports dated in a period may still be added or changed. */
export enum PeriodStatus {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
}
registerEnumType(PeriodStatus, { name: 'PeriodStatus' });
