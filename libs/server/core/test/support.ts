import { Query, Resolver } from 'type-graphql';
import { Allow, type DomainModule } from '../src';
import type { GraphqlResponse, TestGateway } from '../src/testing';

export const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';
export const PASSWORD = 'correct horse battery';

/** A domain module of the tests' own, so an EDITOR has a module to be scoped to. */
@Resolver()
export class LibraryResolver {
  @Allow.read()
  @Query(() => String, { description: 'Test-only: any signed-in caller may read it' })
  libraryPing(): string {
    return 'pong';
  }
}

export const libraryModule: DomainModule = {
  name: 'library',
  description: 'Test-only module',
  entities: [],
  resolvers: [LibraryResolver],
  migrations: [],
};

/** The one error of a response, failing the test with the whole body when there is none. */
export function onlyError(res: GraphqlResponse): { message: string; path?: string[]; extensions?: Record<string, any> } {
  if (!res.errors || res.errors.length !== 1) throw new Error(`expected exactly one error, got ${JSON.stringify(res)}`);
  return res.errors[0];
}

export function dataOf<T = Record<string, any>>(res: GraphqlResponse<T>): T {
  if (res.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

let counter = 0;
export function uniqueEmail(name = 'person'): string {
  counter += 1;
  return `${name}.${counter}.${Date.now()}@test.example`;
}

export const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id email displayName role modules active version }
}`;

export const UPDATE_USER = `mutation($input: UpdateUserInput!) {
  updateUser(input: $input) { id email displayName role modules active version }
}`;

export const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { token expiresAt user { id email role lastLoginAt } }
}`;

export async function createUser(
  gw: TestGateway,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; email: string; role: string; modules: string[]; active: boolean; version: number }> {
  const res = await gw.graphql(
    CREATE_USER,
    { input: { email: uniqueEmail(), displayName: 'Test Person', password: PASSWORD, role: 'VIEWER', ...input } },
    { token },
  );
  return dataOf(res)['createUser'];
}
