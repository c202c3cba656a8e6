import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApiKeyScope } from '../auth/roles';
import type { Principal } from '../auth/principal';
import type { RequestContext } from '../context/request-context';
import { ErrorCode } from '../errors';

/** Who may see the schema (introspection, "Did you mean …" hints): signed-in users, and keys with the SCHEMA scope. */
export function maySeeSchema(principal: Principal): boolean {
  if (principal.kind === 'user') return true;
  if (principal.kind === 'apiKey') return principal.scopes.includes(ApiKeyScope.SCHEMA);
  return false;
}

function asksForSchema(document: DocumentNode): boolean {
  let asks = false;
  visit(document, {
    [Kind.FIELD](node) {
      if (node.name.value === '__schema' || node.name.value === '__type') asks = true;
    },
  });
  return asks;
}

/**
 * In production, the schema is shown only to callers who may see it: introspection is refused
 * to others (FORBIDDEN, before it runs), and validation errors lose their "Did you mean …"
 * suggestions, which would otherwise spell out field names one guess at a time.
 */
export function schemaVisibilityPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!maySeeSchema(contextValue.principal) && asksForSchema(document)) {
            throw new GraphQLError('Introspection is for signed-in users and API keys with the SCHEMA scope', {
              extensions: { code: ErrorCode.FORBIDDEN, http: { status: 200 } },
            });
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || (contextValue && maySeeSchema(contextValue.principal))) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            message: error.message.replace(/ Did you mean .*\?$/, ''),
          }));
        },
      };
    },
  };
}
