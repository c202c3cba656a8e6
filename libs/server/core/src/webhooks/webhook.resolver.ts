import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import type { RequestContext } from '../context/request-context';
import { Cost } from '../limits/cost';
import { ConnectionType } from '../pagination/connection';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs, WebhookEndpointWithSecret } from './webhook.inputs';
import { WebhookService } from './webhook.service';

@ObjectType()
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery) {}

/** Partners' webhooks, managed by admins. */
@Resolver()
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Allow.admin()
  @Cost({ assumedSize: 50 })
  @Query(() => [WebhookEndpoint], { description: 'Every webhook endpoint, oldest first' })
  webhookEndpoints(@Ctx() ctx: RequestContext) {
    return this.webhooks.list(ctx);
  }

  @Allow.admin()
  @Query(() => [String], { description: 'The event types endpoints may subscribe to' })
  webhookEventTypes(@Ctx() ctx: RequestContext) {
    return [...(ctx.runtime.eventTypes ?? [])].sort();
  }

  @Allow.admin()
  @Query(() => WebhookDeliveryConnection, { description: 'Deliveries with what the endpoint answered, newest first' })
  webhookDeliveries(@Ctx() ctx: RequestContext, @Args() args: WebhookDeliveriesArgs) {
    return this.webhooks.deliveries(ctx, args);
  }

  @Allow.admin()
  @Mutation(() => WebhookEndpointWithSecret, { description: 'Registers an endpoint; its signing secret is returned this once' })
  createWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input') input: CreateWebhookEndpointInput) {
    return this.webhooks.create(ctx, input);
  }

  @Allow.admin()
  @Mutation(() => WebhookEndpoint)
  updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateWebhookEndpointInput) {
    return this.webhooks.update(ctx, input);
  }

  @Allow.admin()
  @Mutation(() => WebhookEndpointWithSecret, { description: 'Replaces the signing secret; the new one is returned this once' })
  rotateWebhookSecret(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.webhooks.rotateSecret(ctx, id, version);
  }

  @Allow.admin()
  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again' })
  replayWebhookDelivery(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.webhooks.replay(ctx, id);
  }
}
