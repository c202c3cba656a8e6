import { parse } from 'graphql';
import { operationDepth } from '../http/depth-limit';
import type { GraphqlResponse, RequestOptions, TestGateway } from './test-gateway';

type GqlError = NonNullable<GraphqlResponse['errors']>[number];

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function dataOf<T = Record<string, any>>(res: GraphqlResponse): T {
  if (res.errors?.length) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** The single error of a refused call, after checking its code. */
export function errorOf(res: GraphqlResponse, code: string): GqlError {
  expect(res.errors).toBeDefined();
  expect(res.errors!.map((e) => e.extensions?.['code'])).toEqual([code]);
  return res.errors![0];
}

/**
 * The `extensions.fields` of a BAD_USER_INPUT refusal, as path and message: what the tests of
 * each rule compare. The failed rule's name (`constraint`) is checked by `constraintsOf`.
 */
export function fieldsOf(res: GraphqlResponse): { path: string; message: string }[] {
  return (errorOf(res, 'BAD_USER_INPUT').extensions!['fields'] as { path: string; message: string }[]).map(({ path, message }) => ({ path, message }));
}

/** The `extensions.fields` of a BAD_USER_INPUT refusal as path and failed rule, e.g. `{ path: 'input.email', constraint: 'isEmail' }`. */
export function constraintsOf(res: GraphqlResponse): { path: string; constraint?: string }[] {
  return (errorOf(res, 'BAD_USER_INPUT').extensions!['fields'] as { path: string; constraint?: string }[]).map(({ path, constraint }) => ({ path, constraint }));
}

/** Runs a call that must succeed and returns its (single) root field. */
export async function ok<T = any>(gw: TestGateway, query: string, variables: Record<string, unknown>, options: RequestOptions): Promise<T> {
  const data = dataOf(await gw.graphql(query, variables, options));
  return Object.values(data)[0] as T;
}

/** The outcome of a response: 'ok' or its error code. */
export const outcome = (res: GraphqlResponse): string => (res.errors?.length ? String(res.errors[0].extensions?.['code']) : 'ok');

/** How many of each outcome a batch of responses had, e.g. `{ ok: 1, CONFLICT: 4 }`. */
export const tally = (responses: GraphqlResponse[]): Record<string, number> =>
  responses.map(outcome).reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});

/** Creates a partner API key as an admin and returns the secret to send and its id. */
export async function createApiKey(gw: TestGateway, adminToken: string, scopes: string[], name = 'Partner'): Promise<{ key: string; id: string }> {
  const created = await ok(
    gw,
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }`,
    { input: { name, scopes, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    { token: adminToken },
  );
  return { key: created.key, id: created.apiKey.id };
}

/** How deep a query nests, as the depth limit counts it: `{ a { b } }` is 2. */
export function queryDepth(query: string): number {
  return operationDepth(parse(query));
}

/**
 * Runs a query that must succeed and counts the SQL statements it cost. The caller is made
 * known first (one request with the same credentials), so the count is the query's own, as
 * for any caller who called within the principal cache's lifetime.
 */
export async function countStatements<T = Record<string, any>>(
  gw: TestGateway,
  query: string,
  variables: Record<string, unknown>,
  options: RequestOptions,
): Promise<{ count: number; data: T }> {
  await gw.graphql('{ __typename }', {}, options);
  gw.resetQueryLog();
  const data = dataOf<T>(await gw.graphql(query, variables, options));
  return { count: gw.queryLog.length, data };
}
