/** The codes clients can rely on in `errors[].extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  PHASE_RULE = 'PHASE_RULE',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_LIMIT = 'QUERY_LIMIT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One failing input field: a dotted path from the argument (`input.startDate`) and why. */
export interface FieldProblem {
  path: string;
  message: string;
  /** The class-validator rule that failed (`isUuid`, `minLength`…); absent for a service's own checks. */
  constraint?: string;
}

/**
 * Base of every error a client is meant to see. Anything else thrown by a resolver is
 * masked as INTERNAL_SERVER_ERROR and logged with the request id.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra, client-visible details merged into `extensions`. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/**
 * @example throw new ValidationError([{ path: 'input.endDate', message: 'must be after the start date' }]);
 */
export class ValidationError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
  }

  /** One problem; `constraint` names the rule for clients that word it themselves (`alreadyOnRoute`). */
  static field(path: string, message: string, constraint?: string): ValidationError {
    return new ValidationError([{ path, message, ...(constraint ? { constraint } : {}) }]);
  }
}

/** @example throw new NotFoundError('LearningRoute', id); */
export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`, { entity, id });
  }
}

/** A stale version, a duplicate key, or a record still in use. */
export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

/** The record was changed by someone else since the caller read it. */
export class StaleVersionError extends ConflictError {
  constructor(entity: string, id: string, expected: number, actual: number) {
    super(
      `${entity} ${id} was changed by someone else (you edited version ${expected}, it is now at version ${actual}); reload and try again`,
      { entity, id, expectedVersion: expected, currentVersion: actual },
    );
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message = 'Sign in or send an API key to use this API') {
    super(message);
  }
}

/** Too many requests in the window; `retryAfter` says in how many seconds to try again. */
export class RateLimitedError extends DomainError {
  readonly code = ErrorCode.RATE_LIMITED;
  constructor(message: string, retryAfter: number) {
    super(message, { retryAfter });
  }
}

/** An operation over the API's limits (cost, aliases, directives), refused before it runs. */
export class QueryLimitError extends DomainError {
  readonly code = ErrorCode.QUERY_LIMIT;
}

/** A state machine refused a move; `allowed` lists the moves that are possible from here. */
export class PhaseRuleError extends DomainError {
  readonly code = ErrorCode.PHASE_RULE;
  constructor(message: string, from: string, to: string, allowed: string[], missing?: string[]) {
    super(message, missing?.length ? { from, to, allowed, missing } : { from, to, allowed });
  }
}
