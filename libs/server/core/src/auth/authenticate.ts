import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UnauthenticatedError } from '../errors';
import { ApiKey } from './api-key.entity';
import { ANONYMOUS, type Principal } from './principal';
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

/**
 * Works out who is calling from the request headers. Credentials that are present but bad
 * (expired token, revoked key) are an error, not an anonymous call, so clients learn why.
 */
export async function authenticate(
  headers: Record<string, string | string[] | undefined>,
  dataSource: DataSource,
  tokens: TokenService,
  now = new Date(),
): Promise<Principal> {
  const { bearer, apiKey } = credentials(headers);
  if (apiKey) return authenticateApiKey(apiKey, dataSource, now);
  if (!bearer) return ANONYMOUS;
  const userId = tokens.verify(bearer);
  if (!userId) throw new UnauthenticatedError('Your session token is invalid or has expired; sign in again');
  const user = await dataSource.getRepository(User).findOneBy({ id: userId });
  if (!user || !user.active) throw new UnauthenticatedError('This account is disabled');
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    modules: user.modules,
  };
}

async function authenticateApiKey(key: string, dataSource: DataSource, now: Date): Promise<Principal> {
  const match = key.match(KEY_PATTERN);
  const record = match ? await dataSource.getRepository(ApiKey).findOneBy({ prefix: match[1] }) : null;
  const given = Buffer.from(hashApiKeySecret(key), 'hex');
  if (!record || !timingSafeEqual(given, Buffer.from(record.secretHash, 'hex'))) {
    throw new UnauthenticatedError('Unknown API key');
  }
  if (record.revokedAt) throw new UnauthenticatedError('This API key has been revoked');
  if (record.expiresAt <= now) throw new UnauthenticatedError('This API key has expired');
  const scopes = record.scopes.includes(ApiKeyScope.READ) ? record.scopes : [ApiKeyScope.READ, ...record.scopes];
  return { kind: 'apiKey', keyId: record.id, name: record.name, scopes };
}
