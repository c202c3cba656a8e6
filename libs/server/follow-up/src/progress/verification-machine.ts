import { ObjectType } from 'type-graphql';
import { defineStateMachine, isPartner, StateChangeType, type MoveRule } from '@lr/server-core';
import { FOLLOW_UP } from '../common/access';
import { ProgressReport } from './progress-report.entity';
import { Verification } from './verification';

const { UNVERIFIED, VERIFIED, RETURNED } = Verification;

const moves: MoveRule<Verification>[] = [
  { from: UNVERIFIED, to: VERIFIED },
  { from: UNVERIFIED, to: RETURNED, needsReason: true },
  // The reporter's change of a returned report sends it back for verification. Owners who are
  // not editors make this move: `ProgressService` checks the report is theirs before it moves.
  { from: RETURNED, to: UNVERIFIED, by: (p) => p.kind === 'user' && !isPartner(p) },
];

/**
 * Verification of progress reports: follow-up editors and admins verify a report or return it
 * for revision with a reason (kept in its history); the reporter's change of a returned report
 * puts it back in the queue. Only VERIFIED values count in the derived figures. Moves are not
 * webhook events: a return's reason is the verifier's word to the reporter.
 */
export const verificationMachine = defineStateMachine<ProgressReport, Verification>({
  name: 'progress_report.verification',
  module: FOLLOW_UP,
  entity: ProgressReport,
  property: 'verification',
  label: 'progress report',
  moves,
  publishesMoves: false,
});

/** One move of a progress report through its verification, with who made it and why. */
@ObjectType({ description: 'A move of a progress report through verification: from, to, why, who, when' })
export class VerificationChange extends StateChangeType(Verification, 'VerificationChange') {}
