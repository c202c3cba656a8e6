import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError } from '../errors';
import { ApiKey } from './api-key.entity';
import { recordKeyUse } from './key-use';
import { ANONYMOUS, type Principal } from './principal';
import type { CachedApiKey, CachedUser, PrincipalCache } from './principal-cache';
import type { TokenService } from './token.service';
import { User } from './user.entity';
import { ApiKeyScope } from './roles';

const KEY_PATTERN = /^lr_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{32,})$/;

export function hashApiKeySecret(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: `lr_<prefix>_<secret>`. The caller sees it once; we keep prefix and hash. */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8);
  const key = `lr_${prefix}_${randomBytes(24).toString('base64url')}`;
  return { key, prefix, secretHash: hashApiKeySecret(key) };
}

function credentials(headers: Record<string, string | string[] | undefined>): { bearer?: string; apiKey?: string } {
  const header = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const auth = header('authorization');
  const bearer = auth?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  const apiKey = header('x-api-key')?.trim();
  if (bearer && KEY_PATTERN.test(bearer)) return { apiKey: bearer };
  return { bearer, apiKey };
}

/** What `authenticate` reads with: the database, the token checker and the principal cache. */
export interface Authenticator {
  dataSource: DataSource;
  tokens: TokenService;
  principals: PrincipalCache;
}

/**
 * Works out who is calling from the request headers. Credentials that are present but bad
 * (expired token, revoked key) are an error, not an anonymous call, so clients learn why.
 * A call without credentials costs nothing; a known caller's row comes from the principal
 * cache (see `PrincipalCache` for how changes reach it).
 */
export async function authenticate(
  headers: Record<string, string | string[] | undefined>,
  auth: Authenticator,
  now = new Date(),
): Promise<Principal> {
  const { bearer, apiKey } = credentials(headers);
  if (apiKey) return authenticateApiKey(apiKey, auth, now);
  if (!bearer) return ANONYMOUS;
  const session = auth.tokens.session(bearer);
  if (!session) throw new UnauthenticatedError('Your session token is invalid or has expired; sign in again');
  const { userId, signedAt } = session;
  const user = await auth.principals.user(userId, () => findUser(auth.dataSource, userId));
  if (!user || !user.active) throw new UnauthenticatedError('This account is disabled');
  // A token carries whole seconds: one signed in the second the password changed still counts.
  if (user.sessionsFrom && signedAt.getTime() < Math.floor(user.sessionsFrom.getTime() / 1000) * 1000) {
    throw new UnauthenticatedError('The password of this account was changed after you signed in; sign in again');
  }
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    modules: user.modules,
    personId: user.personId,
  };
}

async function findUser(dataSource: DataSource, id: string): Promise<CachedUser | null> {
  const user = await dataSource.getRepository(User).findOne({
    where: { id },
    select: { id: true, email: true, displayName: true, role: true, modules: true, personId: true, active: true, sessionsFrom: true },
  });
  return (
    user && { id: user.id, email: user.email, displayName: user.displayName, role: user.role, modules: user.modules, personId: user.personId, active: user.active, sessionsFrom: user.sessionsFrom }
  );
}

async function findApiKey(dataSource: DataSource, prefix: string): Promise<CachedApiKey | null> {
  const key = await dataSource.getRepository(ApiKey).findOne({
    where: { prefix },
    select: { id: true, name: true, secretHash: true, scopes: true, expiresAt: true, revokedAt: true },
  });
  return key && { id: key.id, name: key.name, secretHash: key.secretHash, scopes: key.scopes, expiresAt: key.expiresAt, revokedAt: key.revokedAt };
}

async function authenticateApiKey(key: string, auth: Authenticator, now: Date): Promise<Principal> {
  const match = key.match(KEY_PATTERN);
  const record = match ? await auth.principals.apiKey(match[1], () => findApiKey(auth.dataSource, match[1])) : null;
  const given = Buffer.from(hashApiKeySecret(key), 'hex');
  if (!record || !timingSafeEqual(given, Buffer.from(record.secretHash, 'hex'))) {
    throw new UnauthenticatedError('Unknown API key');
  }
  if (record.revokedAt) throw new UnauthenticatedError('This API key has been revoked');
  if (record.expiresAt <= now) throw new UnauthenticatedError('This API key has expired');
  const scopes = record.scopes.includes(ApiKeyScope.READ) ? record.scopes : [ApiKeyScope.READ, ...record.scopes];
  await recordKeyUse(auth.dataSource, record.id, now);
  return { kind: 'apiKey', keyId: record.id, name: record.name, scopes };
}
