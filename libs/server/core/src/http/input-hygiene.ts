import { GraphQLError, Kind, valueFromASTUntyped, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ValidationError, type FieldProblem } from '../errors';

// A NUL byte, or half of a UTF-16 surrogate pair (what a client's broken UTF-8 becomes): text
// PostgreSQL cannot store, which would otherwise fail deep in a query as an internal error.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isBadText = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);
export const BAD_TEXT_MESSAGE = 'must not contain NUL characters or invalid UTF-8';

/** Every string in `value` that PostgreSQL cannot store, by its dotted path under `path`. */
export function badTextProblems(value: unknown, path: string): FieldProblem[] {
  if (typeof value === 'string') return isBadText(value) ? [{ path, message: BAD_TEXT_MESSAGE }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => badTextProblems(item, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => badTextProblems(item, path ? `${path}.${key}` : key));
  return [];
}

/** The arguments of every field in the document, as values (variables filled in), by argument name. */
function argumentProblems(document: DocumentNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  visit(document, {
    [Kind.ARGUMENT](node) {
      problems.push(...badTextProblems(valueFromASTUntyped(node.value, variables), node.name.value));
    },
  });
  return problems;
}

/**
 * Refuses, before anything runs, an operation whose arguments carry text PostgreSQL cannot
 * store, with BAD_USER_INPUT naming each field (`filter.search`, `input.title.en`).
 */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const problems = argumentProblems(document, (request.variables ?? {}) as Record<string, unknown>);
          if (!problems.length) return;
          const refusal = new ValidationError(problems);
          // A request error: 200 for application/json clients, 400 for graphql-response+json ones
          // (the GraphQL-over-HTTP spec); the body is the one every error gets (formatError).
          const modern = request.http?.headers.get('accept')?.includes('application/graphql-response+json');
          throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: modern ? 400 : 200 } } });
        },
      };
    },
  };
}
