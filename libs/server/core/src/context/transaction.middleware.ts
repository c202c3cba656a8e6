import { isObjectType, type GraphQLSchema } from 'graphql';
import type { RequestContext } from './request-context';
import { translateDatabaseError } from '../database/records';

/**
 * Wraps the resolver of every root mutation field in one transaction, so a mutation that fails
 * half-way leaves nothing behind. Only the Mutation type's own fields are wrapped: queries and
 * nested fields run with no wrapper at all (a global field middleware would cost every field
 * of every response an extra async call).
 */
export function wrapMutationsInTransactions(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation || !isObjectType(mutation)) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context: RequestContext, info) =>
      context.transaction(async () => resolve(source, args, context, info)).catch((error: unknown) => {
        throw translateDatabaseError(error);
      });
  }
  return schema;
}
