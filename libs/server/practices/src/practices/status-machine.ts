import { PhaseRuleError } from '@lr/server-core';
import { STEP_ORDER, StepStatus, type SystematizationStepKind } from '../systematization/systematization-step-kind';
import { PracticeStatus } from './practice-status';

/** The only moves there are; nothing goes back (a rejected practice stays rejected). */
const MOVES: Readonly<Record<PracticeStatus, readonly PracticeStatus[]>> = {
  [PracticeStatus.IDENTIFIED]: [PracticeStatus.UNDER_ASSESSMENT],
  [PracticeStatus.UNDER_ASSESSMENT]: [PracticeStatus.SELECTED, PracticeStatus.REJECTED],
  [PracticeStatus.SELECTED]: [PracticeStatus.SYSTEMATIZED],
  [PracticeStatus.REJECTED]: [],
  [PracticeStatus.SYSTEMATIZED]: [PracticeStatus.PUBLISHED],
  [PracticeStatus.PUBLISHED]: [],
};

/** What some moves depend on, gathered by the service. */
export interface StatusFacts {
  /** Submitted assessments with every criterion scored. */
  completeAssessments: number;
  /** The status of each systematization step that exists (missing steps count as not started). */
  steps: Partial<Record<SystematizationStepKind, StepStatus>>;
  /** Case documents with a link or a stored file. */
  caseDocuments: number;
}

export function allowedStatusMoves(from: PracticeStatus): PracticeStatus[] {
  return [...MOVES[from]];
}

function describeAllowed(from: PracticeStatus): string {
  const allowed = allowedStatusMoves(from);
  return allowed.length ? allowed.join(' or ') : `none (${from} is final)`;
}

/** Refuses a move the graph does not have, naming the moves it does have. */
export function checkStatusGraph(from: PracticeStatus, to: PracticeStatus): void {
  const allowed = allowedStatusMoves(from);
  if (from === to) throw new PhaseRuleError(`The practice is already ${from}; allowed: ${describeAllowed(from)}`, from, to, allowed);
  if (!allowed.includes(to)) {
    throw new PhaseRuleError(`A practice cannot move from ${from} to ${to}; allowed: ${describeAllowed(from)}`, from, to, allowed);
  }
}

/**
 * What a practice still lacks before it may enter `to`, as stable codes and sentences:
 * SELECTED needs a complete assessment; SYSTEMATIZED needs every step done and a case document.
 */
export function missingPrerequisites(to: PracticeStatus, facts: StatusFacts): { code: string; message: string }[] {
  const missing: { code: string; message: string }[] = [];
  if (to === PracticeStatus.SELECTED && facts.completeAssessments < 1) {
    missing.push({ code: 'COMPLETE_ASSESSMENT', message: 'at least one complete assessment (submitted, every criterion scored)' });
  }
  if (to === PracticeStatus.SYSTEMATIZED) {
    for (const step of STEP_ORDER) {
      const status = facts.steps[step] ?? StepStatus.NOT_STARTED;
      if (status !== StepStatus.DONE) missing.push({ code: `STEP:${step}`, message: `the ${step} step done (it is ${status})` });
    }
    if (facts.caseDocuments < 1) missing.push({ code: 'CASE_DOCUMENT', message: 'at least one CASE_DOCUMENT material with a link or a file' });
  }
  return missing;
}

/**
 * Checks one move of the status machine. Throws PHASE_RULE with `allowed` (the moves the graph
 * has from here) and, for unmet prerequisites, `missing` (codes such as STEP:VALIDATION).
 */
export function checkStatusMove(from: PracticeStatus, to: PracticeStatus, facts: StatusFacts): void {
  checkStatusGraph(from, to);
  const missing = missingPrerequisites(to, facts);
  if (missing.length) {
    const error = new PhaseRuleError(
      `A practice needs ${missing.map((m) => m.message).join('; ')} before it is ${to}`,
      from,
      to,
      allowedStatusMoves(from),
    );
    Object.assign(error.details, { missing: missing.map((m) => m.code) });
    throw error;
  }
}
