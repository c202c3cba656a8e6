import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum JobStatus {
  /** Waiting for its run time (or for a retry after a failure). */
  PENDING = 'PENDING',
  /** Its handler's transaction committed: it never runs again. */
  DONE = 'DONE',
  /** Given up after JOB_MAX_ATTEMPTS failures; `lastError` says why. */
  FAILED = 'FAILED',
}
registerEnumType(JobStatus, {
  name: 'JobStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for its run time, or for a retry after a failure' },
    DONE: { description: 'Done: it never runs again' },
    FAILED: { description: 'Given up after its last attempt; retryScheduledJob runs it again' },
  },
});

/**
 * Work a module asked for at a later time (`scheduleJob`): a reminder before a period closes,
 * locking it once closed. The job runner claims due rows with FOR UPDATE SKIP LOCKED and runs
 * the module's handler in the same transaction as the DONE mark, so the handler's writes and
 * "done" commit together: a crash before the commit runs it again, after it never.
 * `key` is the caller's name for the job (`period-reminder:<id>`): scheduling it again moves it.
 */
@ObjectType({ description: 'Work a module scheduled for later (a reminder, an automatic lock), for admins watching it' })
@Entity('scheduled_job')
@Index('uq_scheduled_job_key', ['key'], { unique: true })
@Index('ix_scheduled_job_due', ['status', 'runAt'])
export class ScheduledJob {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: "The scheduling module's name for it, e.g. 'period-reminder:<period id>'" })
  @Column({ type: 'varchar', length: 200 })
  key: string;

  /** The handler's name in its module's `jobs`. */
  @Field({ description: "What it does: its handler's name, e.g. 'follow-up.period-reminder'" })
  @Column({ type: 'varchar', length: 100 })
  kind: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload: Record<string, unknown>;

  @Field({ description: 'When it is due (PENDING: its next attempt)' })
  @Column({ type: 'timestamptz' })
  runAt: Date;

  @Field(() => JobStatus)
  @Column({ type: 'varchar', length: 20 })
  status: JobStatus;

  @Field(() => Int, { description: 'Runs so far, failed ones included' })
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'Why the last run failed' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was done (the time its run was due at)' })
  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
