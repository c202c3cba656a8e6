import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './domain-error';
import { MASKED_ERROR, toPublicError } from './public-error';

/** True when graphql-js or Apollo raised it (parse, validation, variables): clients read those as they are. */
function isGraphqlOwnError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  if (original === undefined || original === null) return true;
  return original instanceof GraphQLError && original.extensions?.['code'] !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/** True when the error is one a client is meant to read as it is. */
export function isClientError(error: unknown): boolean {
  return toPublicError(error) !== null || isGraphqlOwnError(error);
}

/**
 * Maps every error leaving the GraphQL API to its public shape, with the same mapping as the
 * REST endpoints (`toPublicError`); anything else is masked (the error plugin logs it).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  const known = toPublicError(error);
  if (known) return { ...base, ...known };
  if (isGraphqlOwnError(error)) return formatted;
  return { ...base, ...MASKED_ERROR };
}
