import { ErrorCode, PhaseRuleError, ValidationError } from '@lr/server-core';
import { allowedMoves, checkPhaseMove } from './phase-machine';
import { PHASE_ORDER, RoutePhase } from './route-phase';

const editor = { canStepBack: false, hasDates: true };
const admin = { canStepBack: true, hasDates: true, reason: 'delegations postponed' };

function refusal(fn: () => void): PhaseRuleError | ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhaseRuleError || error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('the move was allowed');
}

describe('route phase machine', () => {
  it.each(PHASE_ORDER.slice(0, -1).map((from, i) => [from, PHASE_ORDER[i + 1]]))('allows %s → %s', (from, to) => {
    expect(() => checkPhaseMove(from, to, editor)).not.toThrow();
  });

  it.each(
    PHASE_ORDER.flatMap((from, i) =>
      PHASE_ORDER.filter((_, j) => j !== i + 1 && j !== i - 1).map((to) => [from, to] as const),
    ),
  )('refuses %s → %s for everyone, naming the allowed phases', (from, to) => {
    const error = refusal(() => checkPhaseMove(from, to, admin));
    expect(error.code).toBe(ErrorCode.PHASE_RULE);
    expect(error.details['allowed']).toEqual(allowedMoves(from, true));
  });

  it.each(PHASE_ORDER.slice(1).map((from, i) => [from, PHASE_ORDER[i]]))('refuses stepping back %s → %s to an editor', (from, to) => {
    const error = refusal(() => checkPhaseMove(from, to, editor));
    expect(error.code).toBe(ErrorCode.PHASE_RULE);
    expect(error.message).toMatch(/Only an admin/);
  });

  it.each(PHASE_ORDER.slice(1).map((from, i) => [from, PHASE_ORDER[i]]))('lets an admin step back %s → %s with a reason', (from, to) => {
    expect(() => checkPhaseMove(from, to, admin)).not.toThrow();
  });

  it('needs a reason to step back', () => {
    const error = refusal(() => checkPhaseMove(RoutePhase.PREPARATION, RoutePhase.SYSTEMATIZATION, { ...admin, reason: '  ' }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual([{ path: 'reason', message: 'is required to step a route back' }]);
  });

  it('needs dates before implementation', () => {
    const error = refusal(() => checkPhaseMove(RoutePhase.PREPARATION, RoutePhase.IMPLEMENTATION, { ...editor, hasDates: false }));
    expect(error.message).toMatch(/start and end dates/);
  });

  it('offers no move out of CLOSED but stepping back', () => {
    expect(allowedMoves(RoutePhase.CLOSED, false)).toEqual([]);
    expect(allowedMoves(RoutePhase.CLOSED, true)).toEqual([RoutePhase.FOLLOW_UP]);
  });
});
