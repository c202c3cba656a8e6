import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context/request-context';
import { QueryLimitError, RateLimitedError } from '../errors';
import { documentShape, operationCost } from './query-cost';

export interface QueryLimits {
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
}

const costs = new WeakMap<object, { requested: number; remaining?: number }>();

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
          if (cost > limits.maxCost) {
            refuse(
              new QueryLimitError(`This query would cost ${cost} points; the limit is ${limits.maxCost}. Ask for fewer items (a lower first) or fewer nested lists`, {
                cost,
                limit: limits.maxCost,
              }),
              accept,
            );
          }
          // A partner key spends the cost from its hourly points.
          const spent = await contextValue.runtime.rateLimits?.takePoints(contextValue.principal, cost);
          costs.set(contextValue, { requested: cost, remaining: spent?.remaining });
          if (spent && !spent.allowed) {
            const refusal = new RateLimitedError(`This key has spent its ${spent.limit} query points for the hour; retry in ${spent.resetSeconds} s`, spent.resetSeconds);
            throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 429, headers: new Map([['retry-after', String(spent.resetSeconds)]]) } } });
          }
        },
        async willSendResponse({ response, contextValue }) {
          const spent = costs.get(contextValue);
          if (spent === undefined || response.body.kind !== 'single') return;
          const cost = { requested: spent.requested, limit: limits.maxCost, ...(spent.remaining === undefined ? {} : { remaining: spent.remaining }) };
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}
