import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { Logger } from '../config/logger';
import type { AppConfig } from '../config/app-config';
import type { AnySetting } from '../settings/setting-definition';
import type { TokenService } from '../auth/token.service';
import type { PrincipalCache } from '../auth/principal-cache';
import { ANONYMOUS, type Principal } from '../auth/principal';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';
import { LoaderRegistry } from '../loaders/loader-registry';
import type { StateMachineRegistry } from '../state/state-machine-registry';
import type { RateLimits } from '../limits/rate-limits';
import type { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
import type { MailDispatcher } from '../mail/mail-dispatcher';
import type { JobRunner } from '../jobs/job-runner';

/** What TypeORM carries on a transaction's query runner, so subscribers know who writes. */
export interface QueryRunnerData {
  ctx?: RequestContext;
}

/**
 * Everything a resolver or service needs about the current request. Services take it first
 * and get repositories from it, so they join the request's transaction when one is open.
 *
 * @example
 *   async update(ctx: RequestContext, input: UpdateRouteInput) {
 *     const route = await ctx.repo(LearningRoute).findOneBy({ id: input.id });
 *   }
 */
/** Process-wide services a request may need. */
export interface Runtime {
  config: AppConfig;
  tokens: TokenService;
  /** Who recent callers are; services that change users or keys forget them (see PrincipalCache). */
  principals: PrincipalCache;
  logger: Logger;
  /** Names of the composed domain modules (an EDITOR's possible scopes). */
  moduleNames: string[];
  /** The composed modules' state machines and the guards modules added to them. */
  machines?: StateMachineRegistry;
  /** Request and query-point budgets (shared across replicas through Redis when configured). */
  rateLimits?: RateLimits;
  /** Every event type the composed modules publish. */
  eventTypes?: string[];
  /** Sends webhook deliveries after the commits that created them. */
  webhooks?: WebhookDispatcher;
  /** Sends queued e-mail after the commits that queued it (holds it when no SMTP_URL is set). */
  mail?: MailDispatcher;
  /** Runs scheduled jobs when due (`scheduleJob`). */
  jobs?: JobRunner;
  /** The settings the composed modules declare (`DomainModule.settings`). */
  settings?: AnySetting[];
}

export class RequestContext {
  readonly requestId: string;
  readonly dataSource: DataSource;
  readonly runtime: Runtime;
  readonly principal: Principal;
  readonly language: Language;
  /** The caller's network address, when the request came over HTTP (sign-in throttling). */
  readonly clientIp?: string;
  readonly loaders = new LoaderRegistry();
  private manager: EntityManager;
  private inTransaction = false;
  private afterCommitWork: (() => Promise<void> | void)[] = [];

  constructor(options: {
    dataSource: DataSource;
    runtime: Runtime;
    principal?: Principal;
    language?: Language;
    requestId?: string;
    clientIp?: string;
  }) {
    this.dataSource = options.dataSource;
    this.runtime = options.runtime;
    this.principal = options.principal ?? ANONYMOUS;
    this.language = options.language ?? DEFAULT_LANGUAGE;
    this.requestId = options.requestId ?? randomUUID();
    this.clientIp = options.clientIp;
    this.manager = options.dataSource.manager;
  }

  /** A repository bound to the open transaction, if any. */
  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  get entityManager(): EntityManager {
    return this.manager;
  }

  get isInTransaction(): boolean {
    return this.inTransaction;
  }

  /**
   * Runs `work` in one transaction: it all commits, or none of it does. Nested calls join the
   * outer transaction. Every query inside must go through `ctx`, never a second connection.
   * Work queued with `afterCommit` runs once the transaction has committed, and is dropped if
   * it rolls back.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    this.afterCommitWork = [];
    const result = await this.dataSource.transaction(async (manager) => {
      if (manager.queryRunner) (manager.queryRunner.data as QueryRunnerData).ctx = this;
      this.manager = manager;
      this.inTransaction = true;
      try {
        return await work();
      } catch (error) {
        this.afterCommitWork = [];
        throw error;
      } finally {
        this.manager = this.dataSource.manager;
        this.inTransaction = false;
        // Rows cached during the transaction may have changed or been rolled back.
        this.loaders.clearAll();
      }
    });
    await this.runAfterCommit();
    return result;
  }

  /**
   * Work that must happen only once the change is durable, such as deleting a stored file the
   * transaction stopped referring to. Outside a transaction it runs at once. A failure is
   * logged, not thrown: the change itself has already been committed.
   */
  afterCommit(work: () => Promise<void> | void): void {
    if (this.inTransaction) this.afterCommitWork.push(work);
    else void this.runOne(work);
  }

  private async runAfterCommit(): Promise<void> {
    const queued = this.afterCommitWork;
    this.afterCommitWork = [];
    for (const work of queued) await this.runOne(work);
  }

  private async runOne(work: () => Promise<void> | void): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.runtime.logger.error('after-commit work failed', { requestId: this.requestId, error: error instanceof Error ? error.stack : String(error) });
    }
  }
}
