import { ObjectType } from 'type-graphql';
import { defineStateMachine, StateChangeType, type MoveRule } from '@lr/server-core';
import { FOLLOW_UP } from '../common/access';
import { PeriodStatus } from './period-status';
import { ReportingPeriod } from './reporting-period.entity';

const { OPEN, LOCKED } = PeriodStatus;

// Locking freezes what was reported for the period (the figures roll-ups and donors read), so it
// is an admin's decision; reopening changes figures people may already have read, so it needs a
// reason, kept in the history. The automatic lock after `closesOn` is made by the system as an admin.
const moves: MoveRule<PeriodStatus>[] = [
  { from: OPEN, to: LOCKED, by: 'admins' },
  { from: LOCKED, to: OPEN, by: 'admins', needsReason: true },
];

/** A programme's reporting period (`reporting_period.status`): OPEN → LOCKED, and back with a reason. */
export const periodStatusMachine = defineStateMachine<ReportingPeriod, PeriodStatus>({
  name: 'reporting_period.status',
  module: FOLLOW_UP,
  entity: ReportingPeriod,
  property: 'status',
  label: 'reporting period',
  moves,
});

/** One move of a reporting period, with who made it and why. */
@ObjectType()
export class PeriodChange extends StateChangeType(PeriodStatus, 'PeriodChange') {}
