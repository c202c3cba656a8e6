import type { GraphqlResponse, RequestOptions, TestGateway } from '@lr/server-core/testing';

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

/** The `extensions.fields` of a BAD_USER_INPUT refusal. */
export function fieldsOf(res: GraphqlResponse): { path: string; message: string }[] {
  return errorOf(res, 'BAD_USER_INPUT').extensions!['fields'];
}

/** Runs a call that must succeed and returns the named root field. */
export async function ok<T = any>(gw: TestGateway, query: string, variables: Record<string, unknown>, options: RequestOptions): Promise<T> {
  const res = await gw.graphql(query, variables, options);
  const data = dataOf(res);
  return Object.values(data)[0] as T;
}

export async function createThematicArea(gw: TestGateway, token: string, code: string, name: Record<string, string> = { en: code }) {
  return ok<{ id: string; version: number }>(
    gw,
    `mutation($input: CreateThematicAreaInput!) { createThematicArea(input: $input) { id version } }`,
    { input: { code, name } },
    { token },
  );
}

export async function createOrganisation(gw: TestGateway, token: string, input: Record<string, unknown>) {
  return ok<{ id: string; version: number }>(
    gw,
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version } }`,
    { input: { type: 'NGO', ...input } },
    { token },
  );
}

export async function createPerson(gw: TestGateway, token: string, input: Record<string, unknown>) {
  return ok<{ id: string; version: number }>(
    gw,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id version } }`,
    { input },
    { token },
  );
}

/** Who a token belongs to, as the audit trail and phase history describe them. */
export async function whoIs(gw: TestGateway, token: string): Promise<{ id: string; email: string; displayName: string; label: string }> {
  const me = await ok(gw, `{ me { id email displayName } }`, {}, { token });
  return { ...me, label: `${me.displayName} <${me.email}>` };
}

/** Creates a partner API key as an admin and returns the secret to send. */
export async function createApiKey(gw: TestGateway, adminToken: string, scopes: string[], name = 'Partner'): Promise<{ key: string; id: string }> {
  const created = await ok(
    gw,
    `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }`,
    { input: { name, scopes, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    { token: adminToken },
  );
  return { key: created.key, id: created.apiKey.id };
}

/** A well-formed id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The version of a route as the caller reads it now (moves name the version they read). */
export async function routeVersion(gw: TestGateway, id: string, options: RequestOptions): Promise<number> {
  const res = await gw.graphql(`query($id: ID!) { route(id: $id) { version } }`, { id }, options);
  return (res.data?.['route'] as { version: number } | undefined)?.version ?? 1;
}
