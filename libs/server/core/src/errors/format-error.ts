import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import { DomainError, ErrorCode, type FieldProblem } from './domain-error';

/** Flattens class-validator's nested errors into dotted field paths. */
export function fieldProblems(errors: ClassValidatorError[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) problems.push({ path, message });
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

/** True when the error is one a client is meant to read as it is. */
export function isClientError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original === undefined || original === null) return true; // graphql-js parse/validation
  return original instanceof DomainError || original instanceof ArgumentValidationError || (original instanceof GraphQLError && original.extensions?.['code'] !== ErrorCode.INTERNAL_SERVER_ERROR);
}

/**
 * Maps every error leaving the API to its public shape, in one place. Domain errors keep
 * their code and details, validation errors list field paths, GraphQL's own errors pass
 * through, anything else is masked (the error plugin logs it with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof ArgumentValidationError) {
    const errors = original.extensions.validationErrors as ClassValidatorError[];
    const fields = fieldProblems(errors, argumentPrefix(errors));
    return {
      ...base,
      message: `Invalid input: ${fields.map((f) => `${f.path} ${f.message}`).join('; ')}`,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    };
  }
  if (isClientError(error)) return formatted;
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
