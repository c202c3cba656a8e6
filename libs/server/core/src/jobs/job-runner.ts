import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { Role } from '../auth/roles';
import type { UserPrincipal } from '../auth/principal';
import { RequestContext, type QueryRunnerData, type Runtime } from '../context/request-context';
import type { DomainModule, JobHandler } from '../module/domain-module';
import { OutboxWorker } from '../outbox/outbox-worker';
import { backoffSeconds } from '../webhooks/signature';
import { JobStatus, ScheduledJob } from './scheduled-job.entity';

/** Failures after which a job is given up (FAILED, its last error kept). */
export const JOB_MAX_ATTEMPTS = 5;
/** Jobs one round runs at most, so a backlog does not hold a round for ever. */
const ROUND_LIMIT = 100;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** What one round did. */
export interface JobRound {
  /** Jobs whose handler committed. */
  done: number;
  /** Jobs whose handler threw (rolled back; retried later or given up). */
  failed: number;
}

/**
 * Who a job acts as: the system, with an admin's rights (a job locks a period as admins do),
 * named after the job in histories and the audit trail.
 */
export function jobPrincipal(kind: string): UserPrincipal {
  return { kind: 'user', userId: NIL_UUID, email: 'system@localhost', displayName: `System (scheduled ${kind})`, role: Role.ADMIN, modules: [], personId: null };
}

/**
 * The job's context: every repository joins the job's transaction (the one holding its row
 * lock), and work the handler queues for after the commit (the mail dispatcher's kick) is kept
 * here and run by the runner only once that transaction committed with the job done.
 */
class JobContext extends RequestContext {
  afterJobWork: (() => Promise<void> | void)[] = [];

  constructor(
    private readonly jobManager: EntityManager,
    dataSource: DataSource,
    runtime: Runtime,
    kind: string,
  ) {
    super({ dataSource, runtime, principal: jobPrincipal(kind) });
    // Audit entries and histories written by the handler name the job as who did it.
    if (jobManager.queryRunner) (jobManager.queryRunner.data as QueryRunnerData).ctx = this;
  }

  override repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.jobManager.getRepository(entity);
  }

  override get entityManager(): EntityManager {
    return this.jobManager;
  }

  override get isInTransaction(): boolean {
    return true;
  }

  override transaction<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  override afterCommit(work: () => Promise<void> | void): void {
    this.afterJobWork.push(work);
  }
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message || error.name : String(error)).slice(0, 2000);
}

/**
 * Runs scheduled jobs (`scheduleJob`) when due. Each job runs in one transaction of its own:
 * the row is claimed with FOR UPDATE SKIP LOCKED (so gateway replicas share the work and never
 * run a job twice), the handler runs inside a savepoint, and the DONE mark commits with the
 * handler's writes — e-mail queued with `queueMail` is sent by the mail outbox after that
 * commit, hence once. A crash before the commit releases the lock and the job runs again; a
 * handler that throws is rolled back to the savepoint and its failure counted on the row in
 * the same transaction, then retried with back-off (30 s, 2 min, 10 min, 1 h…) until
 * JOB_MAX_ATTEMPTS. A job whose kind no composed module handles fails the same way.
 */
export class JobRunner extends OutboxWorker {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly runtime: Runtime,
    modules: DomainModule[],
    private readonly pollSeconds: number,
  ) {
    super(runtime.logger, 'scheduled job');
    for (const module of modules) {
      for (const [kind, handler] of Object.entries(module.jobs ?? {})) {
        if (this.handlers.has(kind)) throw new Error(`Two modules handle the scheduled job kind "${kind}"`);
        this.handlers.set(kind, handler);
      }
    }
  }

  /** Polls every JOB_POLL_SECONDS, starting now: jobs that fell due while no gateway ran are run first. */
  start(): void {
    this.startPolling(this.pollSeconds, true);
  }

  async runOnce(): Promise<number> {
    const round = await this.runDue();
    return round.done + round.failed;
  }

  /**
   * Runs every job due at `now` (default: the clock), one after the other, and says how many
   * were done or failed. Tests pass a fixed `now` to run "next week's" jobs.
   */
  async runDue(now: Date = new Date()): Promise<JobRound> {
    const round: JobRound = { done: 0, failed: 0 };
    for (let i = 0; i < ROUND_LIMIT; i++) {
      const outcome = await this.runOne(now);
      if (outcome === 'none') break;
      round[outcome] += 1;
    }
    return round;
  }

  /** Claims one due job and runs it; 'none' when nothing (unlocked) is due. */
  private async runOne(now: Date): Promise<'done' | 'failed' | 'none'> {
    let ctx: JobContext | undefined;
    let outcome: 'done' | 'failed' | 'none' = 'none';
    await this.dataSource.transaction(async (manager) => {
      const job = await manager
        .getRepository(ScheduledJob)
        .createQueryBuilder('j')
        .where('j.status = :pending AND j.run_at <= :now', { pending: JobStatus.PENDING, now })
        .orderBy('j.run_at', 'ASC')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!job) return;
      const jobCtx = new JobContext(manager, this.dataSource, this.runtime, job.kind);
      ctx = jobCtx;
      const attempts = job.attempts + 1;
      await manager.query('SAVEPOINT scheduled_job_work');
      try {
        const handler = this.handlers.get(job.kind);
        if (!handler) throw new Error(`No composed module handles scheduled jobs of kind "${job.kind}"`);
        // The handler joins this transaction through its context (ctx.repo, ctx.transaction).
        await handler(jobCtx, job.payload ?? {});
        await manager.query('RELEASE SAVEPOINT scheduled_job_work');
        await this.record(manager, job.id, { status: JobStatus.DONE, attempts, doneAt: now, lastError: null });
        outcome = 'done';
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT scheduled_job_work');
        jobCtx.afterJobWork = [];
        jobCtx.loaders.clearAll();
        const givenUp = attempts >= JOB_MAX_ATTEMPTS;
        const lastError = describe(error);
        this.logger.warn('a scheduled job failed', { jobKey: job.key, kind: job.kind, attempts, givenUp, error: lastError });
        await this.record(manager, job.id, {
          status: givenUp ? JobStatus.FAILED : JobStatus.PENDING,
          attempts,
          lastError,
          runAt: givenUp ? job.runAt : new Date(now.getTime() + backoffSeconds(attempts) * 1000),
        });
        outcome = 'failed';
      }
    });
    // Committed: what the handler left for after its commit (the mail outbox's kick) runs now.
    for (const work of (ctx as JobContext | undefined)?.afterJobWork ?? []) {
      try {
        await work();
      } catch (error) {
        this.logger.error('after-commit work of a scheduled job failed', { error: describe(error) });
      }
    }
    return outcome;
  }

  /** The outcome, without an audit entry per run: the job row is the record. */
  private async record(manager: EntityManager, id: string, outcome: Partial<Pick<ScheduledJob, 'status' | 'attempts' | 'doneAt' | 'lastError' | 'runAt'>>): Promise<void> {
    await manager.createQueryBuilder().update(ScheduledJob).set(outcome).whereInIds([id]).callListeners(false).execute();
  }
}
