import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger';
import { OutboxWorker } from '../outbox/outbox-worker';
import { backoffSeconds } from '../webhooks/signature';
import { MailMessage, MailStatus } from './mail-message.entity';

const BATCH = 20;
/** Attempts after which a message is given up (FAILED); an admin can still retry it. */
export const MAIL_MAX_ATTEMPTS = 8;
/** How long a claimed message is left to the gateway that claimed it before another may take it. */
const CLAIM_MINUTES = 5;

export interface MailSettings {
  /** `smtp://` or `smtps://` (AppConfig's SMTP_URL); unset: messages are held. */
  smtpUrl?: string;
  /** The From header. */
  from: string;
  /** 0: only when kicked (after commits that queue mail). */
  pollSeconds: number;
}

/** What an SMTP failure says, for `lastError`: the server's answer when there is one. */
function describeFailure(error: unknown): string {
  const e = error as { response?: unknown; message?: unknown; code?: unknown };
  const text = typeof e.response === 'string' && e.response ? e.response : typeof e.message === 'string' ? e.message : String(error);
  return (typeof e.code === 'string' && !text.includes(e.code) ? `${e.code}: ${text}` : text).slice(0, 2000);
}

/**
 * Sends the outbox's due messages through the SMTP server of SMTP_URL (nodemailer), records
 * the outcome on the row, retries failures with back-off (30 s, 2 min, 10 min, 1 h, 6 h…) and
 * gives up after MAIL_MAX_ATTEMPTS. Rows are claimed with FOR UPDATE SKIP LOCKED and marked
 * SENDING for a few minutes, so several gateway replicas share the work and no message is sent
 * by two of them; a replica that dies mid-way leaves its claim to expire and the message to be
 * sent again. Runs after every commit that queued mail (`kick`) and on an interval.
 *
 * Without SMTP_URL it is *holding*: it never sends, and messages stay QUEUED for admins to read.
 */
export class MailDispatcher extends OutboxWorker {
  private readonly transport?: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(
    private readonly dataSource: DataSource,
    logger: Logger,
    private readonly settings: MailSettings,
  ) {
    super(logger, 'mail');
    if (settings.smtpUrl) {
      this.transport = createTransport({ url: settings.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    }
  }

  /** True when no SMTP server is configured: queued messages are kept, not sent. */
  get holding(): boolean {
    return !this.transport;
  }

  protected override get canSend(): boolean {
    return !!this.transport;
  }

  start(): void {
    if (!this.transport) {
      this.logger.info('e-mail is held: no SMTP_URL is set, so queued messages stay in the outbox (admins read them with mailMessages)');
      return;
    }
    // The first round sends what was queued while no gateway was sending (or held before SMTP_URL was set).
    this.startPolling(this.settings.pollSeconds, true);
  }

  override async stop(): Promise<void> {
    await super.stop();
    this.transport?.close();
  }

  /**
   * One round: claims up to a batch of due messages (QUEUED and due, or SENDING whose claim has
   * expired), then sends each outside any transaction and records the outcome. Returns how many
   * were tried; 0 when holding.
   */
  async runOnce(): Promise<number> {
    if (!this.transport) return 0;
    let tried = 0;
    for (;;) {
      const due = await this.claim();
      for (const message of due) await this.send(message);
      tried += due.length;
      if (due.length < BATCH) return tried;
    }
  }

  private claim(): Promise<MailMessage[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(MailMessage)
        .createQueryBuilder('m')
        .where('m.status IN (:...statuses) AND m.next_attempt_at <= now()', { statuses: [MailStatus.QUEUED, MailStatus.SENDING] })
        .orderBy('m.next_attempt_at', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length) {
        await manager
          .createQueryBuilder()
          .update(MailMessage)
          .set({ status: MailStatus.SENDING, nextAttemptAt: () => `now() + interval '${CLAIM_MINUTES} minutes'` })
          .whereInIds(rows.map((r) => r.id))
          .callListeners(false)
          .execute();
      }
      return rows;
    });
  }

  private async send(message: MailMessage): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    const attempts = message.attempts + 1;
    try {
      const info = await transport.sendMail({
        from: this.settings.from,
        to: message.toName ? { name: message.toName, address: message.to } : message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? undefined,
        headers: {
          'Content-Language': message.language,
          // RFC 3834: no out-of-office replies to a message no one will read.
          'Auto-Submitted': 'auto-generated',
          'X-LR-Mail-Kind': message.kind,
          'X-LR-Mail-Id': message.id,
        },
      });
      await this.record(message.id, { status: MailStatus.SENT, attempts, sentAt: new Date(), messageId: info.messageId?.slice(0, 300) ?? null, lastError: null, nextAttemptAt: null });
    } catch (error) {
      const lastError = describeFailure(error);
      const givenUp = attempts >= MAIL_MAX_ATTEMPTS;
      this.logger.warn('sending an e-mail failed', { mailMessageId: message.id, kind: message.kind, attempts, givenUp, error: lastError });
      await this.record(message.id, {
        status: givenUp ? MailStatus.FAILED : MailStatus.QUEUED,
        attempts,
        lastError,
        nextAttemptAt: givenUp ? null : new Date(Date.now() + backoffSeconds(attempts) * 1000),
      });
    }
  }

  /** The outcome, without an audit entry per attempt: the message row is the record. */
  private async record(id: string, outcome: Partial<Pick<MailMessage, 'status' | 'attempts' | 'sentAt' | 'messageId' | 'lastError' | 'nextAttemptAt'>>): Promise<void> {
    await this.dataSource.createQueryBuilder().update(MailMessage).set(outcome).whereInIds([id]).callListeners(false).execute();
  }
}
