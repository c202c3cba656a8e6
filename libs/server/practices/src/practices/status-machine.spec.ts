import { ErrorCode, PhaseRuleError } from '@lr/server-core';
import { STEP_ORDER, StepStatus } from '../systematization/systematization-step-kind';
import { PracticeStatus, STATUS_ORDER } from './practice-status';
import { allowedStatusMoves, checkStatusMove, missingPrerequisites, type StatusFacts } from './status-machine';

const allDone = Object.fromEntries(STEP_ORDER.map((s) => [s, StepStatus.DONE]));
const ready: StatusFacts = { completeAssessments: 1, steps: allDone, caseDocuments: 1 };
const LEGAL: [PracticeStatus, PracticeStatus][] = [
  [PracticeStatus.IDENTIFIED, PracticeStatus.UNDER_ASSESSMENT],
  [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.SELECTED],
  [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.REJECTED],
  [PracticeStatus.SELECTED, PracticeStatus.SYSTEMATIZED],
  [PracticeStatus.SYSTEMATIZED, PracticeStatus.PUBLISHED],
];
const isLegal = (from: PracticeStatus, to: PracticeStatus) => LEGAL.some(([f, t]) => f === from && t === to);

function refusal(fn: () => void): PhaseRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhaseRuleError) return error;
    throw error;
  }
  throw new Error('the move was allowed');
}

describe('practice status machine', () => {
  it.each(LEGAL)('allows %s → %s when the prerequisites are met', (from, to) => {
    expect(() => checkStatusMove(from, to, ready)).not.toThrow();
  });

  it.each(STATUS_ORDER.flatMap((from) => STATUS_ORDER.filter((to) => !isLegal(from, to)).map((to) => [from, to] as const)))(
    'refuses %s → %s, naming the allowed moves',
    (from, to) => {
      const error = refusal(() => checkStatusMove(from, to, ready));
      expect(error.code).toBe(ErrorCode.PHASE_RULE);
      expect(error.details).toMatchObject({ from, to, allowed: allowedStatusMoves(from) });
      for (const move of allowedStatusMoves(from)) expect(error.message).toContain(move);
    },
  );

  it('offers nothing out of REJECTED and PUBLISHED', () => {
    expect(allowedStatusMoves(PracticeStatus.REJECTED)).toEqual([]);
    expect(allowedStatusMoves(PracticeStatus.PUBLISHED)).toEqual([]);
    expect(refusal(() => checkStatusMove(PracticeStatus.REJECTED, PracticeStatus.SELECTED, ready)).message).toMatch(/REJECTED is final/);
  });

  it('refuses SELECTED without a complete assessment', () => {
    const error = refusal(() => checkStatusMove(PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.SELECTED, { ...ready, completeAssessments: 0 }));
    expect(error.message).toMatch(/complete assessment/);
    expect(error.details['missing']).toEqual(['COMPLETE_ASSESSMENT']);
  });

  it('rejects without any assessment', () => {
    expect(() => checkStatusMove(PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.REJECTED, { completeAssessments: 0, steps: {}, caseDocuments: 0 })).not.toThrow();
  });

  it('refuses SYSTEMATIZED naming every unfinished step and the missing case document', () => {
    const facts: StatusFacts = { completeAssessments: 1, steps: { ...allDone, VALIDATION: StepStatus.IN_PROGRESS, DESK_REVIEW: undefined }, caseDocuments: 0 };
    const error = refusal(() => checkStatusMove(PracticeStatus.SELECTED, PracticeStatus.SYSTEMATIZED, facts));
    expect(error.details['missing']).toEqual(['STEP:DESK_REVIEW', 'STEP:VALIDATION', 'CASE_DOCUMENT']);
    expect(error.message).toContain('DESK_REVIEW step done (it is NOT_STARTED)');
    expect(error.message).toContain('VALIDATION step done (it is IN_PROGRESS)');
    expect(error.message).toContain('CASE_DOCUMENT');
  });

  it('asks nothing of the other moves', () => {
    const none: StatusFacts = { completeAssessments: 0, steps: {}, caseDocuments: 0 };
    expect(missingPrerequisites(PracticeStatus.UNDER_ASSESSMENT, none)).toEqual([]);
    expect(missingPrerequisites(PracticeStatus.PUBLISHED, none)).toEqual([]);
  });
});
