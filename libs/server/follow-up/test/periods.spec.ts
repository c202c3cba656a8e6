import { In } from 'typeorm';
import { createLogger, jobPrincipal, MailMessage, platformModule, RequestContext, Role, ScheduledJob, seedDemoData, User, type DomainError } from '@lr/server-core';
import { actionPlansModule } from '@lr/server-action-plans';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { followUpModule } from '../src';
import { constraintsOf, tally, type TestGateway } from '@lr/server-core/testing';
import { TrackedIndicator } from '../src/indicators/tracked-indicator.entity';
import { assertPeriodOpen, PeriodLockedError, PeriodStatus } from '../src/periods';
import { REMINDER_MAIL_KIND } from '../src/periods/period-reminders';
import { autoLockAt, reminderAt } from '../src/periods/period-schedule';
import { ProgressReport } from '../src/progress/progress-report.entity';
import { Verification } from '../src/progress/verification';
import { adminToken, errorOf, fieldsOf, followUpEditor, ok, restartFollowUpGateway, startFollowUpGateway, unique, UNKNOWN_ID } from './helpers';

const PERIOD = 'id programmeId label startsOn endsOn closesOn status version reminderOn locksOn allowedMoves';
const CREATE = `mutation($input: CreateReportingPeriodInput!) { createReportingPeriod(input: $input) { ${PERIOD} } }`;
const UPDATE = `mutation($input: UpdateReportingPeriodInput!) { updateReportingPeriod(input: $input) { ${PERIOD} } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteReportingPeriod(id: $id, version: $version) }`;
const LOCK = `mutation($id: ID!, $version: Int!) { lockReportingPeriod(id: $id, version: $version) { ${PERIOD} } }`;
const REOPEN = `mutation($id: ID!, $version: Int!, $reason: String!) { reopenReportingPeriod(id: $id, version: $version, reason: $reason) { ${PERIOD} history { from to reason changedBy } } }`;
const LIST = `query($programmeId: ID!, $filter: ReportingPeriodFilter) {
  reportingPeriods(programmeId: $programmeId, first: 20, filter: $filter) { totalCount edges { node { id label status programme { id } } } }
}`;

interface Period {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
  closesOn: string;
  status: PeriodStatus;
  version: number;
  reminderOn: string;
  locksOn: string;
  allowedMoves: PeriodStatus[];
}

async function createProgramme(gw: TestGateway): Promise<string> {
  const programme = await ok(gw, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: { en: unique('Programme') } } }, { token: await adminToken(gw) });
  return programme.id;
}

async function createPeriod(gw: TestGateway, programmeId: string, dates: { label?: string; startsOn: string; endsOn: string; closesOn: string }): Promise<Period> {
  return ok(gw, CREATE, { input: { programmeId, label: dates.label ?? unique('Period'), ...dates } }, { token: await adminToken(gw) });
}

/** A person who owns indicators: with an e-mail address, the languages they speak, and maybe an account in a language. */
async function createOwner(gw: TestGateway, options: { languages?: string[]; accountLanguage?: string } = {}): Promise<{ id: string; email: string }> {
  const name = unique('Owner');
  const email = `${name.toLowerCase()}@test.example`;
  const person = await ok(
    gw,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { givenName: name, familyName: 'Owner', gender: 'FEMALE', email, languages: options.languages ?? [] } },
    { token: await adminToken(gw) },
  );
  if (options.accountLanguage) {
    const users = gw.dataSource.getRepository(User);
    await users.save(users.create({ email: `${name.toLowerCase()}.account@test.example`, displayName: name, passwordHash: 'x', role: Role.PARTICIPANT, modules: [], active: true, lastLoginAt: null, personId: person.id, language: options.accountLanguage as never }));
  }
  return { id: person.id, email };
}

/** An indicator of the programme reported on by `ownerPersonId` (written directly: the indicators area is not under test here). */
async function createIndicator(gw: TestGateway, programmeId: string, ownerPersonId: string | null, name = unique('Indicator')): Promise<TrackedIndicator> {
  const repo = gw.dataSource.getRepository(TrackedIndicator);
  return repo.save(repo.create({ programmeId, ownerPersonId, name: { en: name, fr: `${name} (fr)`, es: `${name} (es)` }, objective: {}, unit: 'councils' }));
}

async function addReport(gw: TestGateway, indicatorId: string, reportedOn: string, periodId: string | null = null): Promise<ProgressReport> {
  const repo = gw.dataSource.getRepository(ProgressReport);
  return repo.save(repo.create({ indicatorId, periodId, value: '3', reportedOn, note: null, evidenceUrl: null, evidenceKey: null, evidenceName: null, evidenceType: null, verification: Verification.UNVERIFIED, reportedBy: null }));
}

const remindersTo = (gw: TestGateway, emails: string[]) => gw.dataSource.getRepository(MailMessage).find({ where: { kind: REMINDER_MAIL_KIND, to: In(emails) }, order: { to: 'ASC' } });
const periodRow = (gw: TestGateway, id: string) => gw.dataSource.query(`SELECT status, version FROM reporting_period WHERE id = $1`, [id]).then((rows: { status: string; version: number }[]) => rows[0]);
const at = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

describe('reporting periods', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startFollowUpGateway();
  });
  afterAll(() => gw?.close());

  describe('creating, listing and changing', () => {
    it('creates OPEN periods that list earliest first, filtered by day, status and label', async () => {
      const programmeId = await createProgramme(gw);
      const q2 = await createPeriod(gw, programmeId, { label: '2030 Q2 Ñandú', startsOn: '2030-04-01', endsOn: '2030-06-30', closesOn: '2030-07-15' });
      const q1 = await createPeriod(gw, programmeId, { label: '2030 Q1', startsOn: '2030-01-01', endsOn: '2030-03-31', closesOn: '2030-04-15' });
      expect(q1).toMatchObject({ status: 'OPEN', version: 1, reminderOn: '2030-04-08', locksOn: '2030-04-16', allowedMoves: ['LOCKED'] });

      const token = await followUpEditor(gw);
      const all = await ok(gw, LIST, { programmeId }, { token });
      expect(all.totalCount).toBe(2);
      expect(all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([q1.id, q2.id]);
      expect(all.edges[0].node.programme.id).toBe(programmeId);
      const covering = await ok(gw, LIST, { programmeId, filter: { covers: '2030-05-01' } }, { token });
      expect(covering.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([q2.id]);
      const searched = await ok(gw, LIST, { programmeId, filter: { search: 'nandu' } }, { token });
      expect(searched.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([q2.id]);
      expect((await ok(gw, LIST, { programmeId, filter: { status: 'LOCKED' } }, { token })).totalCount).toBe(0);
      // An editor sees no lock to make: locking is an admin's.
      expect(await ok(gw, `query($id: ID!) { reportingPeriod(id: $id) { allowedMoves } }`, { id: q1.id }, { token })).toEqual({ allowedMoves: [] });
    });

    it('refuses a period overlapping another of the programme, naming both dates, but not one of another programme', async () => {
      const programmeId = await createProgramme(gw);
      await createPeriod(gw, programmeId, { label: 'First half', startsOn: '2031-01-01', endsOn: '2031-06-30', closesOn: '2031-07-31' });
      const res = await gw.graphql(CREATE, { input: { programmeId, label: 'Overlapping', startsOn: '2031-06-30', endsOn: '2031-12-31', closesOn: '2032-01-31' } }, { token: await adminToken(gw) });
      const message = 'overlaps the period "First half" (2031-01-01 to 2031-06-30): periods of a programme do not share days';
      expect(fieldsOf(res)).toEqual([
        { path: 'input.startsOn', message },
        { path: 'input.endsOn', message },
      ]);
      expect(constraintsOf(res)[0].constraint).toBe('noOverlap');
      // The next day is free, and another programme's periods are its own.
      await createPeriod(gw, programmeId, { startsOn: '2031-07-01', endsOn: '2031-12-31', closesOn: '2032-01-31' });
      await createPeriod(gw, await createProgramme(gw), { startsOn: '2031-03-01', endsOn: '2031-09-30', closesOn: '2031-10-31' });
    });

    it('names the field of dates out of order, an unknown programme and a label the programme already has', async () => {
      const programmeId = await createProgramme(gw);
      const token = await adminToken(gw);
      expect(fieldsOf(await gw.graphql(CREATE, { input: { programmeId, label: 'Backwards', startsOn: '2032-06-30', endsOn: '2032-01-01', closesOn: '2032-07-31' } }, { token }))).toEqual([
        { path: 'input.endsOn', message: 'must be on or after startsOn (2032-06-30)' },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE, { input: { programmeId, label: 'Early close', startsOn: '2032-01-01', endsOn: '2032-06-30', closesOn: '2032-06-29' } }, { token }))).toEqual([
        { path: 'input.closesOn', message: 'must be on or after endsOn (2032-06-30)' },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE, { input: { programmeId: UNKNOWN_ID, label: 'Nowhere', startsOn: '2032-01-01', endsOn: '2032-06-30', closesOn: '2032-07-31' } }, { token }))).toEqual([
        { path: 'input.programmeId', message: `no programme has the id ${UNKNOWN_ID}` },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE, { input: { programmeId, label: 'Feb', startsOn: '2032-02-30', endsOn: '2032-06-30', closesOn: '2032-07-31' } }, { token }))).toEqual([
        { path: 'input.startsOn', message: 'must be a date written YYYY-MM-DD' },
      ]);
      await createPeriod(gw, programmeId, { label: '2032 H1', startsOn: '2032-01-01', endsOn: '2032-06-30', closesOn: '2032-07-31' });
      expect(fieldsOf(await gw.graphql(CREATE, { input: { programmeId, label: '2032 h1', startsOn: '2032-07-01', endsOn: '2032-12-31', closesOn: '2033-01-31' } }, { token }))).toEqual([
        { path: 'input.label', message: 'is already the label of another period of this programme' },
      ]);
    });

    it('creates only one of several overlapping periods sent at the same time', async () => {
      const programmeId = await createProgramme(gw);
      const token = await adminToken(gw);
      const attempts = await Promise.all(
        ['2033-01-01', '2033-02-01', '2033-03-01', '2033-04-01'].map((startsOn) =>
          gw.graphql(CREATE, { input: { programmeId, label: unique('Racing'), startsOn, endsOn: '2033-06-30', closesOn: '2033-07-31' } }, { token }),
        ),
      );
      expect(tally(attempts)).toEqual({ ok: 1, BAD_USER_INPUT: 3 });
      expect((await ok(gw, LIST, { programmeId }, { token })).totalCount).toBe(1);
    });

    it('lets follow-up editors write periods, and nobody else', async () => {
      const programmeId = await createProgramme(gw);
      const input = { programmeId, label: unique('Editors'), startsOn: '2034-01-01', endsOn: '2034-06-30', closesOn: '2034-07-31' };
      errorOf(await gw.graphql(CREATE, { input }, { token: await gw.tokenFor(Role.VIEWER) }), 'FORBIDDEN');
      errorOf(await gw.graphql(CREATE, { input }, { token: await gw.tokenFor(Role.EDITOR, ['core']) }), 'FORBIDDEN');
      const editor = await followUpEditor(gw);
      const period = await ok(gw, CREATE, { input }, { token: editor });
      const updated = await ok(gw, UPDATE, { input: { id: period.id, version: period.version, label: 'Renamed' } }, { token: editor });
      expect(updated).toMatchObject({ label: 'Renamed', version: 2 });
      errorOf(await gw.graphql(UPDATE, { input: { id: period.id, version: period.version, label: 'Stale' } }, { token: editor }), 'CONFLICT');
      expect(await ok(gw, DELETE, { id: period.id, version: updated.version }, { token: editor })).toBe(period.id);
    });

    it('refuses to delete a period with reports dated in it, and to move its dates away from them', async () => {
      const programmeId = await createProgramme(gw);
      const period = await createPeriod(gw, programmeId, { startsOn: '2035-01-01', endsOn: '2035-06-30', closesOn: '2035-07-31' });
      const indicator = await createIndicator(gw, programmeId, null);
      await addReport(gw, indicator.id, '2035-03-31', period.id);
      const token = await adminToken(gw);
      const refused = errorOf(await gw.graphql(DELETE, { id: period.id, version: period.version }, { token }), 'CONFLICT');
      expect(refused.message).toContain('has 1 report dated in it and cannot be deleted');
      expect(refused.extensions?.['reports']).toBe(1);
      const message = 'would leave 1 report of the period outside it: move or delete them first';
      expect(fieldsOf(await gw.graphql(UPDATE, { input: { id: period.id, version: period.version, endsOn: '2035-02-28' } }, { token }))).toEqual([
        { path: 'input.startsOn', message },
        { path: 'input.endsOn', message },
      ]);
      expect(await periodRow(gw, period.id)).toEqual({ status: 'OPEN', version: 1 });
    });

    it('files the reports already dated in a new period under it', async () => {
      const programmeId = await createProgramme(gw);
      const indicator = await createIndicator(gw, programmeId, null);
      const report = await addReport(gw, indicator.id, '2036-02-15');
      const outside = await addReport(gw, indicator.id, '2036-08-15');
      const period = await createPeriod(gw, programmeId, { startsOn: '2036-01-01', endsOn: '2036-06-30', closesOn: '2036-07-31' });
      const reports = gw.dataSource.getRepository(ProgressReport);
      expect((await reports.findOneByOrFail({ id: report.id })).periodId).toBe(period.id);
      expect((await reports.findOneByOrFail({ id: outside.id })).periodId).toBeNull();
      errorOf(await gw.graphql(DELETE, { id: period.id, version: period.version }, { token: await adminToken(gw) }), 'CONFLICT');
    });
  });

  describe('locking', () => {
    it('is an admin’s move; reopening needs a reason, kept in the history', async () => {
      const programmeId = await createProgramme(gw);
      const period = await createPeriod(gw, programmeId, { startsOn: '2037-01-01', endsOn: '2037-06-30', closesOn: '2037-07-31' });
      errorOf(await gw.graphql(LOCK, { id: period.id, version: period.version }, { token: await followUpEditor(gw) }), 'FORBIDDEN');
      const token = await adminToken(gw);
      const locked = await ok(gw, LOCK, { id: period.id, version: period.version }, { token });
      expect(locked).toMatchObject({ status: 'LOCKED', allowedMoves: ['OPEN'] });
      errorOf(await gw.graphql(LOCK, { id: period.id, version: locked.version }, { token }), 'PHASE_RULE');
      // A locked period is reopened before it changes.
      const frozen = errorOf(await gw.graphql(UPDATE, { input: { id: period.id, version: locked.version, label: 'Changed' } }, { token }), 'PHASE_RULE');
      expect(frozen.message).toContain('is LOCKED: reopen it before changing it');
      expect(fieldsOf(await gw.graphql(REOPEN, { id: period.id, version: locked.version, reason: '  ' }, { token }))).toEqual([
        { path: 'reason', message: 'is required to move a reporting period from LOCKED to OPEN' },
      ]);
      const reopened = await ok(gw, REOPEN, { id: period.id, version: locked.version, reason: 'Guatemala sent its figures late' }, { token });
      expect(reopened.status).toBe('OPEN');
      expect(reopened.history.map((h: { from: string; to: string; reason: string | null }) => [h.from, h.to, h.reason])).toEqual([
        ['OPEN', 'LOCKED', null],
        ['LOCKED', 'OPEN', 'Guatemala sent its figures late'],
      ]);
    });

    it('lets reports be written in an OPEN period and refuses them in a LOCKED one (assertPeriodOpen)', async () => {
      const programmeId = await createProgramme(gw);
      const period = await createPeriod(gw, programmeId, { label: 'Checked', startsOn: '2038-01-01', endsOn: '2038-06-30', closesOn: '2038-07-31' });
      const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });
      expect((await ctx.transaction(() => assertPeriodOpen(ctx, programmeId, '2038-06-30')))?.id).toBe(period.id);
      expect(await ctx.transaction(() => assertPeriodOpen(ctx, programmeId, '2038-07-01'))).toBeNull();
      expect(await assertPeriodOpen(ctx, await createProgramme(gw), '2038-03-01')).toBeNull();

      await ok(gw, LOCK, { id: period.id, version: period.version }, { token: await adminToken(gw) });
      const refusal = await ctx.transaction(() => assertPeriodOpen(ctx, programmeId, '2038-01-01')).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(PeriodLockedError);
      expect((refusal as DomainError).code).toBe('PHASE_RULE');
      expect((refusal as DomainError).message).toBe('The reporting period "Checked" (2038-01-01 to 2038-06-30) is LOCKED: reports dated in it can no longer be added or changed; an admin may reopen it with a reason');
      expect((refusal as DomainError).details).toMatchObject({ periodId: period.id, status: 'LOCKED' });
      // Days outside it are not its business.
      expect(await ctx.transaction(() => assertPeriodOpen(ctx, programmeId, '2038-07-01'))).toBeNull();
    });
  });

  describe('reminders and the automatic lock', () => {
    it('reminds each owner with nothing reported in the period once, in their language, and not those who reported', async () => {
      const programmeId = await createProgramme(gw);
      const silent = await createOwner(gw);
      const french = await createOwner(gw, { languages: ['fr', 'en'] });
      const spanishAccount = await createOwner(gw, { languages: ['fr'], accountLanguage: 'es' });
      const reported = await createOwner(gw);
      const [a1, a2] = [await createIndicator(gw, programmeId, silent.id, 'Councils with plans'), await createIndicator(gw, programmeId, silent.id, 'Budgets tagged')];
      await createIndicator(gw, programmeId, french.id);
      await createIndicator(gw, programmeId, spanishAccount.id);
      const done = await createIndicator(gw, programmeId, reported.id);
      // Another programme's owner is not reminded of this period.
      const elsewhere = await createOwner(gw);
      await createIndicator(gw, await createProgramme(gw), elsewhere.id);

      const period = await createPeriod(gw, programmeId, { label: '2090 H1', startsOn: '2090-01-01', endsOn: '2090-06-30', closesOn: '2090-07-31' });
      await addReport(gw, done.id, '2090-05-31');
      const emails = [silent.email, french.email, spanishAccount.email, reported.email, elsewhere.email];

      const due = reminderAt('2090-07-31');
      expect(due.toISOString()).toBe('2090-07-24T00:00:00.000Z');
      await gw.runDueJobs(at(due, -1));
      expect(await remindersTo(gw, emails)).toHaveLength(0);

      await gw.runDueJobs(due);
      await gw.runDueJobs(due);
      const mails = await remindersTo(gw, emails);
      expect(mails.map((m) => m.to).sort()).toEqual([silent.email, french.email, spanishAccount.email].sort());
      const bySilent = mails.find((m) => m.to === silent.email)!;
      expect(bySilent).toMatchObject({ language: 'en', subject: 'Reminder: report on your indicators for "2090 H1" by 2090-07-31' });
      expect(bySilent.text).toContain(`- ${a1.name['en']}\n- ${a2.name['en']}`);
      expect(bySilent.text).toContain('closes on 2090-07-31');
      expect(mails.find((m) => m.to === french.email)).toMatchObject({ language: 'fr', subject: 'Rappel : rendez compte de vos indicateurs pour « 2090 H1 » d’ici le 2090-07-31' });
      expect(mails.find((m) => m.to === spanishAccount.email)).toMatchObject({ language: 'es', subject: 'Recordatorio: informe sobre sus indicadores de «2090 H1» antes del 2090-07-31' });
      expect(await periodRow(gw, period.id)).toMatchObject({ status: 'OPEN' });
    });

    it('moves the reminder with closesOn, and sends none for a period locked before it', async () => {
      const programmeId = await createProgramme(gw);
      const owner = await createOwner(gw);
      await createIndicator(gw, programmeId, owner.id);
      const period = await createPeriod(gw, programmeId, { startsOn: '2091-01-01', endsOn: '2091-06-30', closesOn: '2091-07-31' });
      const token = await adminToken(gw);
      const moved = await ok(gw, UPDATE, { input: { id: period.id, version: period.version, closesOn: '2091-09-30' } }, { token });
      expect(moved.reminderOn).toBe('2091-09-23');
      await gw.runDueJobs(at(reminderAt('2091-07-31'), 1));
      expect(await remindersTo(gw, [owner.email])).toHaveLength(0);
      await gw.runDueJobs(reminderAt('2091-09-30'));
      expect(await remindersTo(gw, [owner.email])).toHaveLength(1);

      const quiet = await createOwner(gw);
      const otherProgramme = await createProgramme(gw);
      await createIndicator(gw, otherProgramme, quiet.id);
      const lockedEarly = await createPeriod(gw, otherProgramme, { startsOn: '2091-01-01', endsOn: '2091-06-30', closesOn: '2091-10-31' });
      await ok(gw, LOCK, { id: lockedEarly.id, version: lockedEarly.version }, { token });
      await gw.runDueJobs(reminderAt('2091-10-31'));
      expect(await remindersTo(gw, [quiet.email])).toHaveLength(0);
    });

    it('locks a period the day after it closes, as the system, and forgets the jobs of a deleted one', async () => {
      const programmeId = await createProgramme(gw);
      const period = await createPeriod(gw, programmeId, { startsOn: '2092-01-01', endsOn: '2092-06-30', closesOn: '2092-07-31' });
      const lockAt = autoLockAt('2092-07-31');
      expect(period.locksOn).toBe('2092-08-01');
      await gw.runDueJobs(at(lockAt, -0.01));
      expect((await periodRow(gw, period.id)).status).toBe('OPEN');
      await gw.runDueJobs(lockAt);
      const locked = await ok(gw, `query($id: ID!) { reportingPeriod(id: $id) { status history { from to changedBy } } }`, { id: period.id }, { token: await adminToken(gw) });
      expect(locked).toEqual({ status: 'LOCKED', history: [{ from: 'OPEN', to: 'LOCKED', changedBy: jobPrincipal('follow-up.period-auto-lock').displayName }] });

      const doomed = await createPeriod(gw, programmeId, { startsOn: '2092-07-01', endsOn: '2092-12-31', closesOn: '2093-01-31' });
      const jobs = gw.dataSource.getRepository(ScheduledJob);
      expect(await jobs.countBy({ key: In([`period-reminder:${doomed.id}`, `period-lock:${doomed.id}`]) })).toBe(2);
      await ok(gw, DELETE, { id: doomed.id, version: doomed.version }, { token: await adminToken(gw) });
      expect(await jobs.countBy({ key: In([`period-reminder:${doomed.id}`, `period-lock:${doomed.id}`]) })).toBe(0);
    });
  });
});

describe('reminders across a restart', () => {
  let gw: TestGateway | undefined;
  afterAll(() => gw?.close());

  it('sends exactly one reminder per owner when the gateway restarts between scheduling and sending', async () => {
    const first = await startFollowUpGateway();
    const programmeId = await createProgramme(first);
    const owners = [await createOwner(first), await createOwner(first)];
    for (const owner of owners) await createIndicator(first, programmeId, owner.id);
    await createPeriod(first, programmeId, { startsOn: '2095-01-01', endsOn: '2095-06-30', closesOn: '2095-07-31' });

    gw = await restartFollowUpGateway(first);
    const due = reminderAt('2095-07-31');
    // Run twice, and by two gateways' runners at once: still one message each.
    await Promise.all([gw.runDueJobs(due), gw.gateway.runtime.jobs!.runDue(due)]);
    await gw.runDueJobs(due);
    const emails = owners.map((o) => o.email);
    const mails = await remindersTo(gw, emails);
    expect(mails.map((m) => m.to).sort()).toEqual([...emails].sort());
  });
});

describe('reporting periods demo data', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startFollowUpGateway();
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule, followUpModule], createLogger('silent'));
  });
  afterAll(() => gw?.close());

  const periodsOfPeru = (): Promise<{ label: string; status: string; reports: number }[]> =>
    gw.dataSource.query(
      `SELECT p.label, p.status, (SELECT count(*)::int FROM progress_report r WHERE r.period_id = p.id) AS reports
         FROM reporting_period p JOIN learning_route r ON r.programme_id = p.programme_id
        WHERE r.host_country_code = 'PE' ORDER BY p.starts_on`,
    );

  it('gives the Peru route’s programme its half-years, the story’s reports filed under them, and locks the closed one once jobs run', async () => {
    const now = new Date();
    const current = `${now.getUTCFullYear()} ${now.getUTCMonth() < 6 ? 'H1' : 'H2'}`;
    const seeded = await periodsOfPeru();
    expect(seeded.map((p) => [p.label, p.status])).toEqual([
      ['2014 H2', 'LOCKED'],
      ['2015 H1', 'LOCKED'],
      ['2015 H2', 'OPEN'],
      [current, 'OPEN'],
    ]);
    expect(seeded.slice(0, 3).every((p) => p.reports > 0)).toBe(true);

    // 2015 H2 closed long ago: the first round of the job runner locks it; the current half stays OPEN.
    await gw.runDueJobs();
    expect((await periodsOfPeru()).map((p) => p.status)).toEqual(['LOCKED', 'LOCKED', 'LOCKED', 'OPEN']);
  });
});
