import { Role } from '@lr/server-core';
import { constraintsOf, createApiKey, type TestGateway } from '@lr/server-core/testing';
import {
  adminToken,
  createRoute,
  errorOf,
  fieldsOf,
  finalPlan,
  followUpEditor,
  INDICATOR_FIELDS,
  ok,
  participantToken,
  programmeIndicator,
  REPORT_FIELDS,
  reportValue,
  startFollowUpGateway,
  UNKNOWN_ID,
  verifiedValue,
  type FinalPlanFixture,
} from './helpers';

const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { ${REPORT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateProgressReportInput!) { updateProgressReport(input: $input) { ${REPORT_FIELDS} verificationHistory { from to reason } } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteProgressReport(id: $id, version: $v) }`;
const VERIFY = `mutation($id: ID!, $v: Int!) { verifyProgressReport(id: $id, version: $v) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $v: Int!, $reason: String!) { returnProgressReport(id: $id, version: $v, reason: $reason) { ${REPORT_FIELDS} } }`;
const VERIFY_MANY = `mutation($input: VerifyProgressReportsInput!) { verifyProgressReports(input: $input) { id verification } }`;
const INDICATOR = `query($id: ID!) { trackedIndicator(id: $id) { ${INDICATOR_FIELDS} progressReports { id value verification } } }`;
const LIST = `query($filter: ProgressReportFilter) { progressReports(first: 50, filter: $filter) { totalCount edges { node { id value reportedOn verification } } } }`;

describe('progress reports', () => {
  let gw: TestGateway;
  let admin: string;
  let plan: FinalPlanFixture;
  /** Objective 1's indicator (0 → 5, 2021-12-31 → 2025-12-31), owned by `plan.ownerPersonId`. */
  let csnId: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
    plan = await finalPlan(gw);
    const list = await ok(gw, `query($p: ID!) { trackedIndicators(first: 5, filter: { planId: $p }) { edges { node { id objectiveId } } } }`, { p: plan.planId }, { token: admin });
    csnId = list.edges.find((e: { node: { objectiveId: string } }) => e.node.objectiveId === plan.objectiveIds[0]).node.id;
  });
  afterAll(() => gw.close());

  it("puts seed 003's indicator at 40 % of the way once the report is verified, off its straight line", async () => {
    const route = await createRoute(gw);
    const csn = await programmeIndicator(gw, route.programmeId, { baselineValue: '0', baselineDate: '2021-12-31', targetValue: '5', targetDate: '2025-12-31' });
    const report = await reportValue(gw, csn.id, '2', '2023-12-31');
    // Unverified values do not count.
    expect(await ok(gw, INDICATOR, { id: csn.id }, { token: admin })).toMatchObject({ status: 'NO_DATA', progressShare: null, lastVerified: null });
    await ok(gw, VERIFY, { id: report.id, v: report.version }, { token: admin });
    expect(await ok(gw, INDICATOR, { id: csn.id }, { token: admin })).toMatchObject({
      progressShare: '40',
      onTrack: false,
      status: 'OFF_TRACK',
      lastVerified: { value: '2', reportedOn: '2023-12-31' },
    });
    // A later verified value is the one that counts; an earlier-dated one reported afterwards is not.
    await verifiedValue(gw, csn.id, '3.5', '2024-06-30');
    await verifiedValue(gw, csn.id, '1', '2022-06-30');
    expect(await ok(gw, INDICATOR, { id: csn.id }, { token: admin })).toMatchObject({ progressShare: '70', onTrack: true, status: 'ON_TRACK', lastVerified: { value: '3.5', reportedOn: '2024-06-30' } });
  });

  it('is made by the indicator’s owner (a participant too), follow-up editors and admins — nobody else', async () => {
    const owner = await participantToken(gw, plan.ownerPersonId);
    const mine = await ok(gw, REPORT, { input: { indicatorId: csnId, value: '1.5', reportedOn: '2024-03-31', note: ' First council session ', evidenceUrl: 'https://example.org/minutes.pdf' } }, { token: owner });
    expect(mine).toMatchObject({ indicatorId: csnId, value: '1.5', reportedOn: '2024-03-31', note: 'First council session', evidenceUrl: 'https://example.org/minutes.pdf', verification: 'UNVERIFIED', periodId: null, hasEvidenceFile: false });
    expect(mine.reportedBy).toEqual(expect.any(String));
    await reportValue(gw, csnId, '1', '2024-01-31', await followUpEditor(gw));
    // A participant of the route who does not own it reads it but does not report on it.
    const other = await participantToken(gw, plan.participantPersonIds[0]);
    expect((await ok(gw, INDICATOR, { id: csnId }, { token: other })).id).toBe(csnId);
    errorOf(await gw.graphql(REPORT, { input: { indicatorId: csnId, value: '1', reportedOn: '2024-01-31' } }, { token: other }), 'FORBIDDEN');
    errorOf(await gw.graphql(REPORT, { input: { indicatorId: csnId, value: '1', reportedOn: '2024-01-31' } }, { token: await gw.tokenFor(Role.REVIEWER) }), 'FORBIDDEN');
    errorOf(await gw.graphql(REPORT, { input: { indicatorId: csnId, value: '1', reportedOn: '2024-01-31' } }, { token: await gw.tokenFor(Role.EDITOR, ['action-plans']) }), 'FORBIDDEN');
    const { key } = await createApiKey(gw, admin, ['READ']);
    errorOf(await gw.graphql(REPORT, { input: { indicatorId: csnId, value: '1', reportedOn: '2024-01-31' } }, { apiKey: key }), 'FORBIDDEN');
    // The owner cannot verify their own report: verification is for follow-up editors and admins.
    errorOf(await gw.graphql(VERIFY, { id: mine.id, v: mine.version }, { token: owner }), 'FORBIDDEN');
  });

  it('refuses bad input naming each field', async () => {
    const res = await gw.graphql(REPORT, { input: { indicatorId: csnId, value: '2.5e3', reportedOn: '2024-13-01', evidenceUrl: 'javascript:alert(1)' } }, { token: admin });
    expect(fieldsOf(res).map((f) => f.path).sort()).toEqual(['input.evidenceUrl', 'input.reportedOn', 'input.value']);
    expect(fieldsOf(await gw.graphql(REPORT, { input: { indicatorId: UNKNOWN_ID, value: '1', reportedOn: '2024-01-01' } }, { token: admin }))).toEqual([
      { path: 'input.indicatorId', message: `no indicator has the id ${UNKNOWN_ID}` },
    ]);
    const future = fieldsOf(await gw.graphql(REPORT, { input: { indicatorId: csnId, value: '1', reportedOn: '2999-01-01' } }, { token: admin }));
    expect(future).toEqual([{ path: 'input.reportedOn', message: expect.stringMatching(/^is in the future \(today is \d{4}-\d{2}-\d{2}\)/) }]);
  });

  it('is returned with a reason, revised by its reporter back to UNVERIFIED, then verified and frozen', async () => {
    const owner = await participantToken(gw, plan.ownerPersonId);
    const report = await reportValue(gw, csnId, '4', '2024-09-30', owner);
    const editor = await followUpEditor(gw);
    const noReason = await gw.graphql(RETURN, { id: report.id, v: report.version, reason: ' ' }, { token: editor });
    expect(fieldsOf(noReason)).toEqual([{ path: 'reason', message: expect.stringContaining('is required') }]);
    const returned = await ok(gw, RETURN, { id: report.id, v: report.version, reason: 'The minutes show 3 commitments, not 4' }, { token: editor });
    expect(returned).toMatchObject({ verification: 'RETURNED', returnReason: 'The minutes show 3 commitments, not 4' });
    // A returned report cannot be verified as it is.
    errorOf(await gw.graphql(VERIFY, { id: report.id, v: returned.version }, { token: editor }), 'PHASE_RULE');
    const revised = await ok(gw, UPDATE, { input: { id: report.id, version: returned.version, value: '3' } }, { token: owner });
    expect(revised).toMatchObject({ value: '3', verification: 'UNVERIFIED', returnReason: null });
    expect(revised.verificationHistory).toEqual([
      { from: 'UNVERIFIED', to: 'RETURNED', reason: 'The minutes show 3 commitments, not 4' },
      { from: 'RETURNED', to: 'UNVERIFIED', reason: 'Revised by the reporter' },
    ]);
    // Stale versions are refused.
    errorOf(await gw.graphql(VERIFY, { id: report.id, v: returned.version }, { token: editor }), 'CONFLICT');
    const verified = await ok(gw, VERIFY, { id: report.id, v: revised.version }, { token: editor });
    expect(verified.verification).toBe('VERIFIED');
    errorOf(await gw.graphql(UPDATE, { input: { id: report.id, version: verified.version, value: '5' } }, { token: admin }), 'CONFLICT');
    errorOf(await gw.graphql(DELETE, { id: report.id, v: verified.version }, { token: admin }), 'CONFLICT');
  });

  it('is deleted while UNVERIFIED or RETURNED, by whoever may report on it', async () => {
    const owner = await participantToken(gw, plan.ownerPersonId);
    const unverified = await reportValue(gw, csnId, '1', '2024-02-29', owner);
    errorOf(await gw.graphql(DELETE, { id: unverified.id, v: unverified.version }, { token: await participantToken(gw, plan.participantPersonIds[0]) }), 'FORBIDDEN');
    expect(await ok(gw, DELETE, { id: unverified.id, v: unverified.version }, { token: owner })).toBe(unverified.id);
    const other = await reportValue(gw, csnId, '1', '2024-02-29', owner);
    const returned = await ok(gw, RETURN, { id: other.id, v: other.version, reason: 'No evidence' }, { token: admin });
    expect(await ok(gw, DELETE, { id: other.id, v: returned.version }, { token: admin })).toBe(other.id);
    errorOf(await gw.graphql(`query($id: ID!) { progressReport(id: $id) { id } }`, { id: other.id }, { token: admin }), 'NOT_FOUND');
  });

  it('verifies many at once, all or nothing, naming every failure', async () => {
    const route = await createRoute(gw);
    const indicator = await programmeIndicator(gw, route.programmeId);
    const a = await reportValue(gw, indicator.id, '1', '2022-06-30');
    const b = await reportValue(gw, indicator.id, '2', '2023-06-30');
    const c = await reportValue(gw, indicator.id, '3', '2024-06-30');
    const res = await gw.graphql(VERIFY_MANY, { input: { reports: [{ id: a.id, version: a.version }, { id: b.id, version: b.version + 5 }, { id: a.id, version: a.version }, { id: UNKNOWN_ID, version: 1 }] } }, { token: admin });
    const error = errorOf(res, 'BAD_USER_INPUT');
    expect((error.extensions!['failures'] as { index: number; code: string; constraint: string }[]).map((f) => [f.index, f.code, f.constraint])).toEqual([
      [1, 'CONFLICT', 'reportChanged'],
      [2, 'BAD_USER_INPUT', 'listedOnce'],
      [3, 'NOT_FOUND', 'reportExists'],
    ]);
    // Each failing row is also a field problem with its rule, which the portal words per row.
    expect(constraintsOf(res)).toEqual([
      { path: 'input.reports.1', constraint: 'reportChanged' },
      { path: 'input.reports.2', constraint: 'listedOnce' },
      { path: 'input.reports.3', constraint: 'reportExists' },
    ]);
    // Nothing was verified, not even the first.
    const listed = await ok(gw, LIST, { filter: { indicatorId: indicator.id, verification: 'VERIFIED' } }, { token: admin });
    expect(listed.totalCount).toBe(0);
    const done = await ok(gw, VERIFY_MANY, { input: { reports: [a, b, c].map((r) => ({ id: r.id, version: r.version })) } }, { token: await followUpEditor(gw) });
    expect(done.map((r: { verification: string }) => r.verification)).toEqual(['VERIFIED', 'VERIFIED', 'VERIFIED']);
    errorOf(await gw.graphql(VERIFY_MANY, { input: { reports: [{ id: a.id, version: 1 }] } }, { token: await gw.tokenFor(Role.REVIEWER) }), 'FORBIDDEN');
  });

  it('lists reports by filter, latest first; partners read only VERIFIED ones', async () => {
    const route = await createRoute(gw);
    const indicator = await programmeIndicator(gw, route.programmeId);
    await verifiedValue(gw, indicator.id, '1', '2022-06-30');
    await reportValue(gw, indicator.id, '2', '2023-06-30');
    const all = await ok(gw, LIST, { filter: { programmeId: route.programmeId } }, { token: admin });
    expect(all.edges.map((e: { node: { reportedOn: string } }) => e.node.reportedOn)).toEqual(['2023-06-30', '2022-06-30']);
    const queue = await ok(gw, LIST, { filter: { programmeId: route.programmeId, verification: 'UNVERIFIED' } }, { token: admin });
    expect(queue.totalCount).toBe(1);
    expect((await ok(gw, LIST, { filter: { programmeId: route.programmeId, from: '2023-01-01' } }, { token: admin })).totalCount).toBe(1);
    // Partners: plan indicators only, VERIFIED reports only.
    await verifiedValue(gw, csnId, '2', '2023-12-31');
    await reportValue(gw, csnId, '2.5', '2024-01-15');
    const { key } = await createApiKey(gw, admin, ['READ']);
    const seen = await ok(gw, LIST, { filter: { indicatorId: csnId } }, { apiKey: key });
    expect(seen.edges.every((e: { node: { verification: string } }) => e.node.verification === 'VERIFIED')).toBe(true);
    expect((await ok(gw, INDICATOR, { id: csnId }, { apiKey: key })).progressReports.every((r: { verification: string }) => r.verification === 'VERIFIED')).toBe(true);
    expect((await ok(gw, LIST, { filter: { programmeId: route.programmeId } }, { apiKey: key })).totalCount).toBe(0);
  });

  it('is dated in its reporting period, and nothing is added, changed, verified or deleted in a LOCKED one', async () => {
    const route = await createRoute(gw);
    const indicator = await programmeIndicator(gw, route.programmeId);
    const period = await ok(
      gw,
      `mutation($input: CreateReportingPeriodInput!) { createReportingPeriod(input: $input) { id version } }`,
      { input: { programmeId: route.programmeId, label: '2023 H2', startsOn: '2023-07-01', endsOn: '2023-12-31', closesOn: '2024-01-31' } },
      { token: admin },
    );
    const inside = await ok(gw, REPORT, { input: { indicatorId: indicator.id, value: '1', reportedOn: '2023-09-30' } }, { token: admin });
    expect(inside.periodId).toBe(period.id);
    const outside = await ok(gw, REPORT, { input: { indicatorId: indicator.id, value: '1', reportedOn: '2024-03-31' } }, { token: admin });
    expect(outside.periodId).toBeNull();
    await ok(gw, `mutation($id: ID!, $v: Int!) { lockReportingPeriod(id: $id, version: $v) { status } }`, { id: period.id, v: period.version }, { token: admin });
    const refused = errorOf(await gw.graphql(REPORT, { input: { indicatorId: indicator.id, value: '2', reportedOn: '2023-10-31' } }, { token: admin }), 'PHASE_RULE');
    // The refusal names its rule, which the portal words in the user's language.
    expect(refused.extensions).toMatchObject({ constraint: 'periodLocked', machine: 'reporting_period.status', periodId: period.id });
    errorOf(await gw.graphql(UPDATE, { input: { id: inside.id, version: inside.version, value: '2' } }, { token: admin }), 'PHASE_RULE');
    // Verified in bulk with a report outside the period, the locked one fails by name and the other waits (all or nothing).
    const bulk = errorOf(await gw.graphql(VERIFY_MANY, { input: { reports: [inside, outside].map((r) => ({ id: r.id, version: r.version })) } }, { token: admin }), 'BAD_USER_INPUT');
    expect((bulk.extensions!['failures'] as { index: number; constraint: string }[]).map((f) => [f.index, f.constraint])).toEqual([[0, 'periodLocked']]);
    errorOf(await gw.graphql(VERIFY, { id: inside.id, v: inside.version }, { token: admin }), 'PHASE_RULE');
    errorOf(await gw.graphql(DELETE, { id: inside.id, v: inside.version }, { token: admin }), 'PHASE_RULE');
    // Nor can a report from an open date be moved into the locked period.
    errorOf(await gw.graphql(UPDATE, { input: { id: outside.id, version: outside.version, reportedOn: '2023-12-01' } }, { token: admin }), 'PHASE_RULE');
    expect((await ok(gw, VERIFY, { id: outside.id, v: outside.version }, { token: admin })).verification).toBe('VERIFIED');
  });

  it('lets two verifiers race for one report: one wins, the other gets CONFLICT', async () => {
    const route = await createRoute(gw);
    const indicator = await programmeIndicator(gw, route.programmeId);
    const report = await reportValue(gw, indicator.id, '1', '2022-06-30');
    const editor = await followUpEditor(gw);
    const results = await Promise.all([
      gw.graphql(VERIFY, { id: report.id, v: report.version }, { token: admin }),
      gw.graphql(RETURN, { id: report.id, v: report.version, reason: 'Unclear source' }, { token: editor }),
    ]);
    const outcomes = results.map((r) => (r.errors ? r.errors[0].extensions?.['code'] : 'ok')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
  });
});
