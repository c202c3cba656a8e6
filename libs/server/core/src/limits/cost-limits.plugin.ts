import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/request-context';
import { QueryLimitError } from '../errors';
import { documentShape, operationCost } from './query-cost';

export interface QueryLimits {
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

const costs = new WeakMap<object, number>();

/** A request error: 200 for application/json clients, 400 for graphql-response+json ones. */
function refuse(error: QueryLimitError, accept: string | undefined): never {
  const status = accept?.includes('application/graphql-response+json') ? 400 : 200;
  throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status } } });
}

/**
 * Refuses, before anything runs, operations over the budget: too costly (every object a query
 * may return, lists multiplied by `first` or their declared size), too many aliases, too many
 * directives. Every answer tells the caller what the operation cost (`extensions.cost`).
 */
export function costLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          const accept = request.http?.headers.get('accept') ?? undefined;
          const shape = documentShape(document);
          if (shape.aliases > limits.maxAliases) {
            refuse(new QueryLimitError(`This document uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed`, { aliases: shape.aliases, limit: limits.maxAliases }), accept);
          }
          if (shape.directives > limits.maxDirectives) {
            refuse(new QueryLimitError(`This document uses ${shape.directives} directives; at most ${limits.maxDirectives} are allowed`, { directives: shape.directives, limit: limits.maxDirectives }), accept);
          }
          if (!operation) return; // graphql-js reports a missing or ambiguous operation itself
          const cost = operationCost(schema, document, operation, (request.variables ?? {}) as Record<string, unknown>);
          costs.set(contextValue, cost);
          if (cost > limits.maxCost) {
            refuse(
              new QueryLimitError(`This query would cost ${cost} points; the limit is ${limits.maxCost}. Ask for fewer items (a lower first) or fewer nested lists`, {
                cost,
                limit: limits.maxCost,
              }),
              accept,
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          const requested = costs.get(contextValue);
          if (requested === undefined || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { requested, limit: limits.maxCost } };
        },
      };
    },
  };
}
