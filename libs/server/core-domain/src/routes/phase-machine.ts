import { PhaseRuleError, ValidationError } from '@lr/server-core';
import { PHASE_ORDER, RoutePhase } from './route-phase';

export interface PhaseMoveRules {
  /** Admins may step back one phase, with a reason. */
  canStepBack: boolean;
  reason?: string | null;
  /** Facts about the route that some moves depend on. */
  hasDates: boolean;
}

/** The phases a route may move to from `from`, for someone who may or may not step back. */
export function allowedMoves(from: RoutePhase, canStepBack: boolean): RoutePhase[] {
  const i = PHASE_ORDER.indexOf(from);
  const moves: RoutePhase[] = [];
  if (i < PHASE_ORDER.length - 1) moves.push(PHASE_ORDER[i + 1]);
  if (canStepBack && i > 0) moves.push(PHASE_ORDER[i - 1]);
  return moves;
}

/**
 * Checks one move of the phase machine: forward one step at a time; an admin may step back one
 * with a reason; the route must have its dates before it is implemented.
 * Throws PHASE_RULE naming the allowed moves, or BAD_USER_INPUT for a missing reason.
 */
export function checkPhaseMove(from: RoutePhase, to: RoutePhase, rules: PhaseMoveRules): void {
  const allowed = allowedMoves(from, rules.canStepBack);
  const list = allowed.length ? allowed.join(' or ') : 'none (the route is closed)';
  if (from === to) throw new PhaseRuleError(`The route is already in ${from}`, from, to, allowed);
  const step = PHASE_ORDER.indexOf(to) - PHASE_ORDER.indexOf(from);
  if (step === -1 && !rules.canStepBack) {
    throw new PhaseRuleError(`Only an admin may step a route back from ${from} to ${to}; allowed: ${list}`, from, to, allowed);
  }
  if (step !== 1 && step !== -1) {
    throw new PhaseRuleError(`A route cannot move from ${from} to ${to}; allowed: ${list}`, from, to, allowed);
  }
  if (step === -1 && !rules.reason?.trim()) throw ValidationError.field('reason', 'is required to step a route back');
  if (to === RoutePhase.IMPLEMENTATION && !rules.hasDates) {
    throw new PhaseRuleError('A route needs its start and end dates before IMPLEMENTATION', from, to, allowed);
  }
}
