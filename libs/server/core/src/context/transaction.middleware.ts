import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from './request-context';
import { translateDatabaseError } from '../database/records';

/**
 * Wraps every root mutation in one transaction, so a mutation that fails half-way leaves
 * nothing behind. Queries run without one.
 */
export const TransactionPerMutation: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  return context.transaction(() => next()).catch((error: unknown) => {
    throw translateDatabaseError(error);
  });
};
