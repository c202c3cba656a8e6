import { ArrayContains } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { OutboxEvent } from './outbox-event.entity';
import { DeliveryStatus, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * Records that something happened, in the request's transaction (the outbox): the event and
 * one delivery per endpoint subscribed to it commit with the change or not at all, and are
 * sent after the commit by the webhook dispatcher, which survives a restart mid-way.
 *
 * @example await publishEvent(ctx, 'practice.published', { id: practice.id });
 */
export async function publishEvent(ctx: RequestContext, type: string, payload: Record<string, unknown>): Promise<OutboxEvent> {
  const event = await ctx.repo(OutboxEvent).save(ctx.repo(OutboxEvent).create({ type, payload }));
  const endpoints = await ctx.repo(WebhookEndpoint).find({ where: { active: true, events: ArrayContains([type]) }, select: { id: true } });
  if (endpoints.length) {
    const deliveries = ctx.repo(WebhookDelivery);
    await deliveries.save(endpoints.map((e) => deliveries.create({ eventId: event.id, endpointId: e.id, status: DeliveryStatus.PENDING, attempts: 0, nextAttemptAt: new Date() })));
    ctx.afterCommit(() => ctx.runtime.webhooks?.kick());
  }
  return event;
}
