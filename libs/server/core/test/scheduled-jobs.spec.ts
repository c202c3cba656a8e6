import { JobRunner, JobStatus, JOB_MAX_ATTEMPTS, MailMessage, RequestContext, Role, ScheduledJob, cancelJob, platformModule, queueMail, scheduleJob, type DomainModule } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { dataOf, libraryModule, onlyError } from './support';

/** Failures the `flaky` handler still has to throw before it succeeds. */
let flakyFailuresLeft = 0;

/**
 * A module of the tests' own with job handlers that write to `job_log` (a table the tests
 * create), so what ran, and how often, is read back from the database.
 */
const jobsModule: DomainModule = {
  ...libraryModule,
  name: 'jobs-test',
  resolvers: [],
  jobs: {
    record: async (ctx, payload) => {
      // Long enough for two runners to overlap on a batch of due jobs.
      await ctx.entityManager.query(`SELECT pg_sleep(0.02)`);
      await ctx.entityManager.query(`INSERT INTO job_log (note, actor) VALUES ($1, $2)`, [String(payload['note']), ctx.principal.kind === 'user' ? ctx.principal.displayName : '?']);
    },
    flaky: async (ctx, payload) => {
      await ctx.entityManager.query(`INSERT INTO job_log (note) VALUES ($1)`, [String(payload['note'])]);
      await queueMail(ctx, { to: 'owner@test.example', subject: 'A reminder', text: 'Please report', kind: 'job-test' });
      if (flakyFailuresLeft > 0) {
        flakyFailuresLeft -= 1;
        throw new Error('the partner service did not answer');
      }
    },
    broken: () => Promise.reject(new Error('always broken')),
  },
};
const modules = [platformModule, jobsModule];

const HOUR = 3600_000;
let counter = 0;
const uniqueKey = (name: string) => `${name}:${(counter += 1)}:${Date.now()}`;

async function createLog(gw: TestGateway): Promise<void> {
  await gw.dataSource.query(`CREATE TABLE IF NOT EXISTS job_log (id serial PRIMARY KEY, note text NOT NULL, actor text)`);
}

function schedule(gw: TestGateway, job: Parameters<typeof scheduleJob>[1]): Promise<void> {
  const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });
  return ctx.transaction(() => scheduleJob(ctx, job));
}

async function notesOf(gw: TestGateway, note: string): Promise<number> {
  const [{ count }] = await gw.dataSource.query(`SELECT count(*)::int AS count FROM job_log WHERE note = $1`, [note]);
  return count;
}

const jobOf = (gw: TestGateway, key: string) => gw.dataSource.getRepository(ScheduledJob).findOneByOrFail({ key });

describe('scheduled jobs', () => {
  let gw: TestGateway;
  // Each test works at its own "now", far enough from the others' that their jobs never mix.
  let base = Date.now() + 24 * HOUR;
  const later = () => new Date((base += 1000 * HOUR));

  beforeAll(async () => {
    gw = await startTestGateway(modules);
    await createLog(gw);
  });
  afterAll(() => gw?.close());

  it('runs a due job once, as the system, and never again', async () => {
    const now = later();
    const key = uniqueKey('once');
    await schedule(gw, { kind: 'record', key, runAt: new Date(now.getTime() - 1000), payload: { note: key } });
    expect(await gw.runDueJobs(new Date(now.getTime() - 2000))).toEqual({ done: 0, failed: 0 });
    expect(await notesOf(gw, key)).toBe(0);

    expect(await gw.runDueJobs(now)).toEqual({ done: 1, failed: 0 });
    expect(await gw.runDueJobs(now)).toEqual({ done: 0, failed: 0 });
    expect(await gw.runDueJobs(new Date(now.getTime() + 100 * HOUR))).toEqual({ done: 0, failed: 0 });
    expect(await notesOf(gw, key)).toBe(1);
    const [{ actor }] = await gw.dataSource.query(`SELECT actor FROM job_log WHERE note = $1`, [key]);
    expect(actor).toBe('System (scheduled record)');
    expect(await jobOf(gw, key)).toMatchObject({ status: JobStatus.DONE, attempts: 1, lastError: null });
  });

  it('rolls back a failing handler’s writes (its e-mail too), keeps the error and retries with back-off', async () => {
    const now = later();
    const key = uniqueKey('flaky');
    flakyFailuresLeft = 1;
    await schedule(gw, { kind: 'flaky', key, runAt: now, payload: { note: key } });

    expect(await gw.runDueJobs(now)).toEqual({ done: 0, failed: 1 });
    expect(await notesOf(gw, key)).toBe(0);
    expect(await gw.dataSource.getRepository(MailMessage).countBy({ kind: 'job-test' })).toBe(0);
    const failed = await jobOf(gw, key);
    expect(failed).toMatchObject({ status: JobStatus.PENDING, attempts: 1, lastError: 'the partner service did not answer' });
    // Not before its back-off (30 s after the failed round)…
    expect(failed.runAt.getTime()).toBe(now.getTime() + 30_000);
    expect(await gw.runDueJobs(new Date(now.getTime() + 29_000))).toEqual({ done: 0, failed: 0 });

    // …then it runs, and what it wrote commits with it.
    expect(await gw.runDueJobs(new Date(now.getTime() + 30_000))).toEqual({ done: 1, failed: 0 });
    expect(await notesOf(gw, key)).toBe(1);
    expect(await gw.dataSource.getRepository(MailMessage).countBy({ kind: 'job-test' })).toBe(1);
    expect(await jobOf(gw, key)).toMatchObject({ status: JobStatus.DONE, attempts: 2, lastError: null });
  });

  it(`gives a job up after ${JOB_MAX_ATTEMPTS} failures, keeping the last error`, async () => {
    let now = later();
    const key = uniqueKey('broken');
    await schedule(gw, { kind: 'broken', key, runAt: now });
    for (let attempt = 1; attempt <= JOB_MAX_ATTEMPTS; attempt++) {
      expect(await gw.runDueJobs(now)).toEqual({ done: 0, failed: 1 });
      now = new Date(now.getTime() + 24 * HOUR);
    }
    expect(await gw.runDueJobs(now)).toEqual({ done: 0, failed: 0 });
    expect(await jobOf(gw, key)).toMatchObject({ status: JobStatus.FAILED, attempts: JOB_MAX_ATTEMPTS, lastError: 'always broken' });
  });

  it('shows admins the failed jobs with their error, and retries one (only a FAILED one)', async () => {
    let now = later();
    const key = uniqueKey('admin-view');
    await schedule(gw, { kind: 'broken', key, runAt: now });
    for (let attempt = 1; attempt <= JOB_MAX_ATTEMPTS; attempt++) {
      await gw.runDueJobs(now);
      now = new Date(now.getTime() + 24 * HOUR);
    }
    const admin = await gw.tokenFor(Role.ADMIN);
    const LIST = `query($filter: ScheduledJobFilter) { scheduledJobs(first: 10, filter: $filter) { totalCount edges { node { id key kind status attempts lastError } } } }`;
    const failed = dataOf(await gw.graphql(LIST, { filter: { status: 'FAILED', search: key } }, { token: admin }))['scheduledJobs'];
    expect(failed.edges.map((e: { node: unknown }) => e.node)).toEqual([{ id: expect.any(String), key, kind: 'broken', status: 'FAILED', attempts: JOB_MAX_ATTEMPTS, lastError: 'always broken' }]);
    const id = failed.edges[0].node.id;
    expect(onlyError(await gw.graphql(LIST, {}, { token: await gw.tokenFor(Role.EDITOR, ['jobs-test']) })).extensions?.['code']).toBe('FORBIDDEN');

    const RETRY = `mutation($id: ID!) { retryScheduledJob(id: $id) { status attempts } }`;
    expect(dataOf(await gw.graphql(RETRY, { id }, { token: admin }))['retryScheduledJob']).toEqual({ status: 'PENDING', attempts: 0 });
    // The retry kicked the runner; it fails again at once, so it is PENDING for a later attempt.
    await gw.gateway.runtime.jobs!.idle();
    expect(await jobOf(gw, key)).toMatchObject({ status: JobStatus.PENDING, attempts: 1 });
    expect(onlyError(await gw.graphql(RETRY, { id }, { token: admin })).extensions?.['code']).toBe('CONFLICT');
    const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });
    await ctx.transaction(() => cancelJob(ctx, key));
  });

  it('fails a job no composed module handles, saying so', async () => {
    const now = later();
    const key = uniqueKey('unknown');
    await schedule(gw, { kind: 'nobody-handles-this', key, runAt: now });
    expect(await gw.runDueJobs(now)).toEqual({ done: 0, failed: 1 });
    expect((await jobOf(gw, key)).lastError).toBe('No composed module handles scheduled jobs of kind "nobody-handles-this"');
    // Retried later otherwise, in the other tests' rounds.
    const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });
    await ctx.transaction(() => cancelJob(ctx, key));
  });

  it('replaces the time and payload of a rescheduled key, and never redoes a done one', async () => {
    const now = later();
    const key = uniqueKey('moved');
    await schedule(gw, { kind: 'record', key, runAt: new Date(now.getTime() + HOUR), payload: { note: `${key}:first` } });
    await schedule(gw, { kind: 'record', key, runAt: new Date(now.getTime() + 3 * HOUR), payload: { note: `${key}:second` } });
    expect(await gw.dataSource.getRepository(ScheduledJob).countBy({ key })).toBe(1);
    expect(await gw.runDueJobs(new Date(now.getTime() + 2 * HOUR))).toEqual({ done: 0, failed: 0 });
    expect(await gw.runDueJobs(new Date(now.getTime() + 4 * HOUR))).toEqual({ done: 1, failed: 0 });
    expect(await notesOf(gw, `${key}:first`)).toBe(0);
    expect(await notesOf(gw, `${key}:second`)).toBe(1);

    // Scheduling a done key again changes nothing: it is not run a second time.
    await schedule(gw, { kind: 'record', key, runAt: new Date(now.getTime() + 5 * HOUR), payload: { note: `${key}:second` } });
    expect(await gw.runDueJobs(new Date(now.getTime() + 6 * HOUR))).toEqual({ done: 0, failed: 0 });
    expect(await notesOf(gw, `${key}:second`)).toBe(1);
    expect(await jobOf(gw, key)).toMatchObject({ status: JobStatus.DONE, runAt: new Date(now.getTime() + 3 * HOUR) });
  });

  it('schedules nothing when the scheduling transaction rolls back, and forgets a cancelled job', async () => {
    const now = later();
    const rolledBack = uniqueKey('rolled-back');
    const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });
    await expect(
      ctx.transaction(async () => {
        await scheduleJob(ctx, { kind: 'record', key: rolledBack, runAt: now, payload: { note: rolledBack } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const cancelled = uniqueKey('cancelled');
    await schedule(gw, { kind: 'record', key: cancelled, runAt: now, payload: { note: cancelled } });
    await ctx.transaction(() => cancelJob(ctx, cancelled));
    expect(await gw.runDueJobs(now)).toEqual({ done: 0, failed: 0 });
    expect(await gw.dataSource.getRepository(ScheduledJob).countBy([{ key: rolledBack }, { key: cancelled }])).toBe(0);
  });

  it('never runs a job twice when two runners claim at the same time', async () => {
    const now = later();
    const keys = Array.from({ length: 12 }, () => uniqueKey('parallel'));
    for (const key of keys) await schedule(gw, { kind: 'record', key, runAt: now, payload: { note: key } });
    // Two replicas' runners on the same database, each with connections of its own from the pool.
    const first = new JobRunner(gw.dataSource, gw.gateway.runtime, modules, 0);
    const second = new JobRunner(gw.dataSource, gw.gateway.runtime, modules, 0);
    const rounds = await Promise.all([first.runDue(now), second.runDue(now), gw.runDueJobs(now)]);
    expect(rounds.reduce((sum, r) => sum + r.done, 0)).toBe(keys.length);
    expect(rounds.every((r) => r.failed === 0)).toBe(true);
    const rows: { note: string; count: number }[] = await gw.dataSource.query(`SELECT note, count(*)::int AS count FROM job_log WHERE note = ANY($1) GROUP BY note`, [keys]);
    expect(rows).toHaveLength(keys.length);
    expect(rows.every((r) => r.count === 1)).toBe(true);
  });
});

describe('scheduled jobs across a restart', () => {
  let gw: TestGateway | undefined;
  afterAll(() => gw?.close());

  it('runs a job scheduled before the gateway stopped, once, on the gateway started after it', async () => {
    const first = await startTestGateway(modules);
    await createLog(first);
    const now = new Date(Date.now() + 10 * HOUR);
    const key = uniqueKey('restart');
    await schedule(first, { kind: 'record', key, runAt: now, payload: { note: key } });
    await first.close({ keepDatabase: true });

    gw = await startTestGateway(modules, {}, { database: first.database });
    expect(await gw.runDueJobs(now)).toEqual({ done: 1, failed: 0 });
    expect(await gw.runDueJobs(now)).toEqual({ done: 0, failed: 0 });
    expect(await notesOf(gw, key)).toBe(1);
  });

  it('runs due jobs at start-up when JOB_POLL_SECONDS is set', async () => {
    await gw!.close({ keepDatabase: true });
    const database = gw!.database;
    gw = undefined;
    const seeded = await startTestGateway(modules, {}, { database });
    const key = uniqueKey('at-start');
    await schedule(seeded, { kind: 'record', key, runAt: new Date(Date.now() - 1000), payload: { note: key } });
    await seeded.close({ keepDatabase: true });

    gw = await startTestGateway(modules, { JOB_POLL_SECONDS: '3600' }, { database });
    await gw.gateway.runtime.jobs!.idle();
    expect(await notesOf(gw, key)).toBe(1);
  });
});
