import type { RequestContext } from '../context/request-context';
import { JobStatus, ScheduledJob } from './scheduled-job.entity';

/** What a module hands to `scheduleJob`. */
export interface JobRequest {
  /** The handler's name in the scheduling module's descriptor `jobs`. */
  kind: string;
  /** When it is due; the runner runs it at its first round after that. */
  runAt: Date;
  payload?: Record<string, unknown>;
  /** Names the job, unique across modules (`period-reminder:<periodId>`): scheduling it again replaces it. */
  key: string;
}

const KEY = /^[^\s]{1,200}$/;

/**
 * Schedules work for later, in the caller's transaction: the job exists exactly when the change
 * that asked for it commits. Scheduling a key again replaces the run time, kind and payload of a
 * job not yet done (and revives a FAILED one with its attempts counted from zero); a DONE job is
 * left alone, so nothing is ever done twice.
 *
 * @example await scheduleJob(ctx, { kind: 'period-reminder', key: `period-reminder:${period.id}`, runAt, payload: { periodId: period.id } });
 */
export async function scheduleJob(ctx: RequestContext, job: JobRequest): Promise<void> {
  if (!KEY.test(job.key)) throw new Error(`scheduleJob: key must be 1-200 characters without spaces, got "${job.key}"`);
  if (!job.kind || job.kind.length > 100) throw new Error(`scheduleJob: kind must be 1-100 characters, got "${job.kind}"`);
  if (Number.isNaN(job.runAt.getTime())) throw new Error(`scheduleJob: runAt of ${job.key} is not a date`);
  // One statement, so two transactions scheduling the same key cannot both insert it.
  await ctx.entityManager.query(
    `INSERT INTO "scheduled_job" ("key", "kind", "payload", "run_at", "status", "attempts")
     VALUES ($1, $2, $3, $4, '${JobStatus.PENDING}', 0)
     ON CONFLICT ("key") DO UPDATE
       SET "kind" = EXCLUDED."kind", "payload" = EXCLUDED."payload", "run_at" = EXCLUDED."run_at",
           "status" = '${JobStatus.PENDING}', "attempts" = 0, "last_error" = NULL, "updated_at" = now()
       WHERE "scheduled_job"."status" <> '${JobStatus.DONE}'`,
    [job.key, job.kind, JSON.stringify(job.payload ?? {}), job.runAt],
  );
}

/** Forgets a job not yet done (nothing happens to a DONE one, or to an unknown key), in the caller's transaction. */
export async function cancelJob(ctx: RequestContext, key: string): Promise<void> {
  await ctx.repo(ScheduledJob).createQueryBuilder().delete().where('key = :key AND status <> :done', { key, done: JobStatus.DONE }).execute();
}

/** The job of a key, if any (for modules that show what is scheduled, and for tests). */
export function findJob(ctx: RequestContext, key: string): Promise<ScheduledJob | null> {
  return ctx.repo(ScheduledJob).findOneBy({ key });
}
