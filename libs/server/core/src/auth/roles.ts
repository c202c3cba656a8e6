import { registerEnumType } from 'type-graphql';

export enum Role {
  /** Everything, including users, API keys and settings. */
  ADMIN = 'ADMIN',
  /** Writes in the modules named in the user's `modules`; reads the rest. */
  EDITOR = 'EDITOR',
  /** Reads everything, writes reviews and assessments. */
  REVIEWER = 'REVIEWER',
  /** A route participant: reads their route, edits their delegation's plan. */
  PARTICIPANT = 'PARTICIPANT',
  /** Reads only. */
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role' });

/** What a partner's API key may read. */
export enum ApiKeyScope {
  /** Published, non-personal data. Every key has it. */
  READ = 'read',
  /** People's e-mail addresses and phone numbers. */
  PERSONAL_DATA = 'personal-data',
  /** The schema: introspection and the validation hints that name fields (production mode). */
  SCHEMA = 'schema',
}
registerEnumType(ApiKeyScope, { name: 'ApiKeyScope' });
