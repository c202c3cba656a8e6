import { ok, type RequestOptions, type TestGateway } from '@lr/server-core/testing';

// The response helpers every module's tests share.
export { createApiKey, dataOf, errorOf, fieldsOf, ok, outcome, tally } from '@lr/server-core/testing';

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


/** A well-formed id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The version of a route as the caller reads it now (moves name the version they read). */
export async function routeVersion(gw: TestGateway, id: string, options: RequestOptions): Promise<number> {
  const res = await gw.graphql(`query($id: ID!) { route(id: $id) { version } }`, { id }, options);
  return (res.data?.['route'] as { version: number } | undefined)?.version ?? 1;
}
