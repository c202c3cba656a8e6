import { Service } from '../../module/service-container';
import { ApiKey } from '../../auth/api-key.entity';
import { generateApiKey } from '../../auth/authenticate';
import { ApiKeyScope } from '../../auth/roles';
import type { RequestContext } from '../../context/request-context';
import type { Selection } from '../../reads/selection';
import { findOrFail } from '../../database/records';
import { ConflictError, ValidationError } from '../../errors';
import { paginate, type Connection } from '../../pagination/connection';
import type { ApiKeysArgs, CreateApiKeyInput, CreatedApiKey } from './api-key.inputs';

const MAX_LIFETIME_MS = 2 * 366 * 24 * 3600 * 1000;

@Service()
export class ApiKeyService {
  async list(ctx: RequestContext, args: ApiKeysArgs, selection?: Selection): Promise<Connection<ApiKey>> {
    const q = ctx.repo(ApiKey).createQueryBuilder('k');
    if (!args.includeRevoked) q.andWhere('k.revoked_at IS NULL');
    return paginate(q, args, { expression: 'k.created_at', direction: 'DESC' }, selection);
  }

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const now = Date.now();
    if (input.expiresAt.getTime() <= now) throw ValidationError.field('input.expiresAt', 'must be in the future', 'expiryInFuture');
    if (input.expiresAt.getTime() > now + MAX_LIFETIME_MS) throw ValidationError.field('input.expiresAt', 'must be at most two years ahead', 'expiryWithinTwoYears');
    if (ctx.principal.kind !== 'user') throw new ConflictError('Only a signed-in admin can create keys', { constraint: 'keyNeedsSignedInAdmin' });
    const { key, prefix, secretHash } = generateApiKey();
    const scopes = [...new Set([ApiKeyScope.READ, ...input.scopes])];
    const apiKey = await ctx.repo(ApiKey).save(
      ctx.repo(ApiKey).create({ name: input.name.trim(), prefix, secretHash, scopes, expiresAt: input.expiresAt, revokedAt: null, createdById: ctx.principal.userId }),
    );
    return { key, apiKey };
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const apiKey = await findOrFail(ctx, ApiKey, id);
    if (apiKey.revokedAt) throw new ConflictError(`API key ${apiKey.name} is already revoked`, { constraint: 'keyAlreadyRevoked' });
    apiKey.revokedAt = new Date();
    const saved = await ctx.repo(ApiKey).save(apiKey);
    // The key is refused from the next request on, not when its cached entry expires.
    ctx.afterCommit(() => ctx.runtime.principals.forgetKey(apiKey.prefix));
    return saved;
  }
}
