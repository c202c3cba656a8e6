import { ApiKeyScope, Role } from './roles';

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** Modules an EDITOR writes in (`core`, `practices`, …). Empty for other roles. */
  modules: string[];
  /** The person (core domain) the account belongs to: the privacy policy shows them their own data. */
  personId: string | null;
}

export interface ApiKeyPrincipal {
  kind: 'apiKey';
  keyId: string;
  name: string;
  scopes: ApiKeyScope[];
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
}

/** Who is calling: a signed-in user, a partner's API key, or nobody. */
export type Principal = UserPrincipal | ApiKeyPrincipal | AnonymousPrincipal;

export const ANONYMOUS: AnonymousPrincipal = { kind: 'anonymous' };

export function isAdmin(p: Principal): boolean {
  return p.kind === 'user' && p.role === Role.ADMIN;
}

/** Admins, and editors of the given module. */
export function canEdit(p: Principal, module: string): boolean {
  return p.kind === 'user' && (p.role === Role.ADMIN || (p.role === Role.EDITOR && p.modules.includes(module)));
}

/**
 * Partners: callers with an API key. They read published, non-internal data only (published
 * practices, no training records, no assessor identities).
 */
export function isPartner(p: Principal): p is ApiKeyPrincipal {
  return p.kind === 'apiKey';
}

/** People's e-mail and phone: admins, editors, and keys granted the personal-data scope. */
export function canSeePersonalData(p: Principal): boolean {
  if (p.kind === 'user') return p.role === Role.ADMIN || p.role === Role.EDITOR;
  if (p.kind === 'apiKey') return p.scopes.includes(ApiKeyScope.PERSONAL_DATA);
  return false;
}

/**
 * Who did something, as shown next to records anyone may read (phase histories): a name, never
 * an e-mail address.
 */
export function publicName(p: Principal): string {
  if (p.kind === 'user') return p.displayName;
  if (p.kind === 'apiKey') return `API key ${p.name}`;
  return 'anonymous';
}

/** A label with the e-mail address, for logs and the admins' audit trail only. */
export function describePrincipal(p: Principal): string {
  if (p.kind === 'user') return `${p.displayName} <${p.email}>`;
  if (p.kind === 'apiKey') return `API key ${p.name}`;
  return 'anonymous';
}
