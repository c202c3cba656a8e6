import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger';
import { OutboxWorker } from '../outbox/outbox-worker';
import { OutboxEvent } from './outbox-event.entity';
import { backoffSeconds, MAX_ATTEMPTS, signatureHeader } from './signature';
import { DeliveryStatus, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';

const BATCH = 20;
const TIMEOUT_MS = 10_000;

/**
 * Sends due webhook deliveries: signed POSTs, the answer recorded, retried with back-off,
 * given up after MAX_ATTEMPTS. Rows are claimed with FOR UPDATE SKIP LOCKED, so several gateway
 * replicas share the work without sending twice. Polls on an interval and whenever a commit
 * published something (`kick`).
 */
export class WebhookDispatcher extends OutboxWorker {
  constructor(
    private readonly dataSource: DataSource,
    logger: Logger,
    private readonly pollSeconds: number,
  ) {
    super(logger, 'webhook');
  }

  start(): void {
    this.startPolling(this.pollSeconds);
  }

  /**
   * One round: leases up to a batch of due deliveries (their next attempt moved five minutes on,
   * so a replica that dies mid-way leaves them to be retried), then sends each outside any
   * transaction and records the outcome. Returns how many were tried.
   */
  async runOnce(): Promise<number> {
    let tried = 0;
    for (;;) {
      const due = await this.dataSource.transaction(async (manager) => {
        const rows = await manager
          .getRepository(WebhookDelivery)
          .createQueryBuilder('d')
          .where('d.status = :pending AND d.next_attempt_at <= now()', { pending: DeliveryStatus.PENDING })
          .orderBy('d.next_attempt_at', 'ASC')
          .limit(BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        if (rows.length) {
          await manager
            .createQueryBuilder()
            .update(WebhookDelivery)
            .set({ nextAttemptAt: () => "now() + interval '5 minutes'" })
            .whereInIds(rows.map((r) => r.id))
            .callListeners(false)
            .execute();
        }
        return rows;
      });
      for (const delivery of due) await this.send(delivery);
      tried += due.length;
      if (due.length < BATCH) return tried;
    }
  }

  private async send(delivery: WebhookDelivery): Promise<void> {
    const [endpoint, event] = await Promise.all([
      this.dataSource.getRepository(WebhookEndpoint).findOneBy({ id: delivery.endpointId }),
      this.dataSource.getRepository(OutboxEvent).findOneBy({ id: delivery.eventId }),
    ]);
    delivery.attempts += 1;
    if (!endpoint || !event || !endpoint.active) {
      Object.assign(delivery, { status: DeliveryStatus.FAILED, nextAttemptAt: null, lastError: 'The endpoint was removed or deactivated' });
      return this.record(delivery);
    }
    const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.payload });
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'LearningRoutes-Webhooks/1',
          'x-lr-event': event.type,
          'x-lr-delivery': delivery.id,
          'x-lr-signature': signatureHeader(endpoint.signingSecret, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = (await res.text()).slice(0, 2048);
      Object.assign(delivery, { lastResponseStatus: res.status, lastResponseBody: text, lastError: null });
      if (res.ok) Object.assign(delivery, { status: DeliveryStatus.DELIVERED, deliveredAt: new Date(), nextAttemptAt: null });
      else this.retryLater(delivery);
    } catch (error) {
      Object.assign(delivery, { lastResponseStatus: null, lastResponseBody: null, lastError: error instanceof Error ? error.message : String(error) });
      this.retryLater(delivery);
    }
    await this.record(delivery);
  }

  /** The outcome, without an audit entry per attempt: the delivery row is the record. */
  private async record(delivery: WebhookDelivery): Promise<void> {
    const { status, attempts, nextAttemptAt, lastResponseStatus, lastResponseBody, lastError, deliveredAt } = delivery;
    await this.dataSource
      .createQueryBuilder()
      .update(WebhookDelivery)
      .set({ status, attempts, nextAttemptAt, lastResponseStatus, lastResponseBody, lastError, deliveredAt })
      .whereInIds([delivery.id])
      .callListeners(false)
      .execute();
  }

  private retryLater(delivery: WebhookDelivery): void {
    if (delivery.attempts >= MAX_ATTEMPTS) Object.assign(delivery, { status: DeliveryStatus.FAILED, nextAttemptAt: null });
    else delivery.nextAttemptAt = new Date(Date.now() + backoffSeconds(delivery.attempts) * 1000);
  }
}
