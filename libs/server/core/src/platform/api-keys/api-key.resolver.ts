import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../auth/allow';
import { ApiKey } from '../../auth/api-key.entity';
import type { RequestContext } from '../../context/request-context';
import { LookAhead, type Selection } from '../../reads/selection';
import { ConnectionType } from '../../pagination/connection';
import { Reads } from '../../reads/read-declarations';
import { ApiKeyUsage } from './api-key-usage';
import { ApiKeysArgs, CreateApiKeyInput, CreatedApiKey } from './api-key.inputs';
import { ApiKeyService } from './api-key.service';

@ObjectType()
export class ApiKeyConnection extends ConnectionType(ApiKey) {}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Allow.admin()
  @Query(() => ApiKeyConnection)
  apiKeys(@Ctx() ctx: RequestContext, @Args() args: ApiKeysArgs, @LookAhead() selection: Selection) {
    return this.keys.list(ctx, args, selection);
  }

  @Allow.admin()
  @Mutation(() => CreatedApiKey, { description: 'Creates a partner key; the secret is returned once' })
  createApiKey(@Ctx() ctx: RequestContext, @Arg('input') input: CreateApiKeyInput) {
    return this.keys.create(ctx, input);
  }

  @Allow.admin()
  @Mutation(() => ApiKey)
  revokeApiKey(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.keys.revoke(ctx, id);
  }

  @Allow.admin()
  @Reads()
  @FieldResolver(() => ApiKeyUsage, { nullable: true, description: 'Requests and query points spent in the current windows; null when limits are off' })
  async usage(@Ctx() ctx: RequestContext, @Root() key: ApiKey): Promise<ApiKeyUsage | null> {
    return (await ctx.runtime.rateLimits?.keyUsage(key.id)) ?? null;
  }
}
