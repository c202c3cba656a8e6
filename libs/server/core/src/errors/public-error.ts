import { GraphQLError } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import { DomainError, ErrorCode, type FieldProblem } from './domain-error';

/** The HTTP status each code answers with on the REST endpoints (GraphQL answers 200). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PHASE_RULE]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.QUERY_LIMIT]: 400,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** What a client reads of an error, on GraphQL and REST alike: `{ message, extensions: { code, … } }`. */
export interface PublicError {
  message: string;
  extensions: { code: ErrorCode | string; [detail: string]: unknown };
}

/**
 * Flattens class-validator's nested errors into dotted field paths, each with the rule that
 * failed (`isUuid`, `maxLength`…), by which clients word the problem in their user's language.
 */
export function fieldProblems(errors: ClassValidatorError[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) problems.push({ path, message, constraint });
    problems.push(...fieldProblems(error.children ?? [], path));
  }
  return problems;
}

/**
 * type-graphql validates one argument at a time without naming it. By convention a mutation's
 * input object is the argument `input`, while list arguments (`first`, `filter`, …) are
 * declared with @ArgsType and so are named by their own properties.
 */
function argumentPrefix(errors: ClassValidatorError[]): string {
  const target = errors[0]?.target?.constructor;
  const isInputType = !!target && getMetadataStorage().inputTypes.some((t) => t.target === target);
  return isInputType ? 'input' : '';
}

/** A BAD_USER_INPUT listing every field problem, in one message and as `fields`. */
export function validationPublicError(fields: FieldProblem[]): PublicError {
  return {
    message: `Invalid input: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`,
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
  };
}

/**
 * The public form of an error a client is meant to read, or null for anything else (which is
 * masked as INTERNAL_SERVER_ERROR and logged). The one mapping behind GraphQL and REST.
 */
export function toPublicError(error: unknown): PublicError | null {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return { message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ArgumentValidationError) {
    const errors = original.extensions.validationErrors as ClassValidatorError[];
    return validationPublicError(fieldProblems(errors, argumentPrefix(errors)));
  }
  return null;
}

export const MASKED_ERROR: PublicError = { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
