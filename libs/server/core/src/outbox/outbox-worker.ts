import type { Logger } from '../config/logger';

/**
 * What the outboxes' senders (webhooks, e-mail) share: rounds that run one at a time, started
 * by a timer and by `kick()` after a commit that queued something; a kick during a round runs
 * one more round after it, so nothing queued meanwhile waits for the timer. Subclasses say what
 * one round does (`runOnce`, returning how many rows it tried).
 */
export abstract class OutboxWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;

  protected constructor(
    protected readonly logger: Logger,
    /** What the rounds send, for the log ("webhook", "mail"). */
    private readonly what: string,
  ) {}

  abstract runOnce(): Promise<number>;

  /** False while the worker cannot send (e-mail without SMTP_URL): kicks and timers do nothing. */
  protected get canSend(): boolean {
    return true;
  }

  /** Polls every `pollSeconds` (0: only when kicked), starting with one round now if `now`. */
  protected startPolling(pollSeconds: number, now = false): void {
    if (pollSeconds <= 0) return;
    this.timer = setInterval(() => this.kick(), pollSeconds * 1000);
    this.timer.unref();
    if (now) this.kick();
  }

  /** Sends what is due now (again once the current round ends, if one is running). */
  kick(): void {
    if (!this.canSend) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .catch((error: unknown) => {
        this.logger.error(`${this.what} dispatch failed`, { error: error instanceof Error ? error.stack : String(error) });
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits for the current round; for shutdown and tests. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }
}
