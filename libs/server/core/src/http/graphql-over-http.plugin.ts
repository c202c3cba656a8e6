import type { ApolloServerPlugin } from '@apollo/server';

/** Apollo's codes for requests that never reached execution: the document or the variables were wrong. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP specification: a client that accepts only `application/json` gets its
 * request errors (parse, validation, variable coercion) with status 200, the errors in the body;
 * 400 stays for clients that accept `application/graphql-response+json`, where it is right.
 */
export function graphqlOverHttpPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          if (request.http?.headers.get('accept')?.includes('application/graphql-response+json')) return;
          const { errors, data } = response.body.singleResult;
          if (data === undefined && errors?.length && errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.['code'])))) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
