import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../context/request-context';
import { findOrFail } from '../database/records';
import { loadForUpdate, lockRow } from '../database/row-lock';
import { ValidationError } from '../errors';
import { Service } from '../module/service-container';
import { paginate } from '../pagination/connection';
import { DeliveryStatus, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs } from './webhook.inputs';

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

@Service()
export class WebhookService {
  /** Event types must be ones the composed modules publish (`DomainModule.events`). */
  private checkEvents(ctx: RequestContext, events: string[], path: string): void {
    const known = new Set(ctx.runtime.eventTypes ?? []);
    const unknown = events.map((type, i) => ({ type, i })).filter(({ type }) => !known.has(type));
    if (unknown.length) {
      throw new ValidationError(unknown.map(({ i }) => ({ path: `${path}.${i}`, message: `is not an event this API publishes (${[...known].sort().join(', ')})` })));
    }
  }

  list(ctx: RequestContext) {
    return ctx.repo(WebhookEndpoint).find({ order: { createdAt: 'ASC' } });
  }

  async create(ctx: RequestContext, input: CreateWebhookEndpointInput) {
    this.checkEvents(ctx, input.events, 'input.events');
    const repo = ctx.repo(WebhookEndpoint);
    const signingSecret = newSecret();
    const endpoint = await repo.save(repo.create({ url: input.url, events: [...new Set(input.events)], description: input.description?.trim() || null, active: true, signingSecret }));
    return { endpoint, signingSecret };
  }

  async update(ctx: RequestContext, input: UpdateWebhookEndpointInput) {
    const endpoint = await loadForUpdate(ctx, WebhookEndpoint, input.id, input.version);
    if (input.events) this.checkEvents(ctx, input.events, 'input.events');
    if (input.url !== undefined) endpoint.url = input.url;
    if (input.events) endpoint.events = [...new Set(input.events)];
    if (input.description !== undefined) endpoint.description = input.description.trim() || null;
    if (input.active !== undefined) endpoint.active = input.active;
    return ctx.repo(WebhookEndpoint).save(endpoint);
  }

  /** A new signing secret, shown this once; the old one stops working at once. */
  async rotateSecret(ctx: RequestContext, id: string, version: number) {
    const endpoint = await loadForUpdate(ctx, WebhookEndpoint, id, version);
    endpoint.signingSecret = newSecret();
    return { endpoint: await ctx.repo(WebhookEndpoint).save(endpoint), signingSecret: endpoint.signingSecret };
  }

  deliveries(ctx: RequestContext, args: WebhookDeliveriesArgs) {
    const q = ctx.repo(WebhookDelivery).createQueryBuilder('d');
    if (args.filter?.endpointId) q.andWhere('d.endpoint_id = :endpointId', { endpointId: args.filter.endpointId });
    if (args.filter?.status) q.andWhere('d.status = :status', { status: args.filter.status });
    return paginate(q, args, { expression: 'd.created_at', direction: 'DESC' });
  }

  /** Sends a delivery again (a failed one, or one the partner lost), as soon as the dispatcher runs. */
  async replay(ctx: RequestContext, id: string) {
    await findOrFail(ctx, WebhookDelivery, id);
    const delivery = await lockRow(ctx, WebhookDelivery, id);
    Object.assign(delivery, { status: DeliveryStatus.PENDING, nextAttemptAt: new Date(), attempts: 0 });
    const saved = await ctx.repo(WebhookDelivery).save(delivery);
    ctx.afterCommit(() => ctx.runtime.webhooks?.kick());
    return saved;
  }
}
