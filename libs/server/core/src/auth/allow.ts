import { Authorized } from 'type-graphql';

/**
 * Who may call a field. Every root query and mutation carries exactly one `@Allow…` decorator
 * (a test walks the schema to make sure), and the auth checker enforces it.
 *
 * Rules are strings so they travel through type-graphql's `@Authorized` metadata:
 * `PUBLIC`, `READ` (any signed-in user or API key), `USER` (signed-in users only),
 * `ADMIN`, `EDIT:<module>` (admins and that module's editors), `ROLE:<role>`.
 */
export const Allow = {
  /** No credentials needed (login). */
  public: () => Authorized('PUBLIC'),
  /** Any signed-in user, and partners' API keys. */
  read: () => Authorized('READ'),
  /** Any signed-in user; API keys are refused. */
  user: () => Authorized('USER'),
  admin: () => Authorized('ADMIN'),
  /** Admins and editors of `module`. */
  edit: (module: string) => Authorized(`EDIT:${module}`),
  /** Admins and the named roles. */
  roles: (...roles: string[]) => Authorized(...roles.map((r) => `ROLE:${r}`)),
};
