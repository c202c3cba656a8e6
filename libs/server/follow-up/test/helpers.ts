import { platformModule, Role } from '@lr/server-core';
import { ok, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import * as fixtures from '@lr/server-delegations/testing';
import type { RouteFixture } from '@lr/server-delegations/testing';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule } from '@lr/server-action-plans';
import { followUpModule } from '../src';

export { dataOf, errorOf, fieldsOf, ok, outcome, pdfText } from '@lr/server-core/testing';
export { adminToken, delegationWithParticipants, participantToken, unique, UNKNOWN_ID, type DelegationFixture, type RouteFixture } from '@lr/server-delegations/testing';
const { adminToken, delegationWithParticipants, unique } = fixtures;

/** A real gateway with every module follow-up reads (delegations, practices, action plans), on a database of its own. */
export function startFollowUpGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule, followUpModule], env);
}

/** An editor of follow-up. */
export const followUpEditor = (gw: TestGateway) => gw.tokenFor(Role.EDITOR, ['follow-up']);

/** A REVIEWER user (the route's scaling-up specialist, say). */
export const reviewerToken = (gw: TestGateway) => gw.tokenFor(Role.REVIEWER);

/** A programme without a budget and a route of it hosted by Peru, from 2025-05-12 to 2025-05-19. */
export const createRoute = (gw: TestGateway): Promise<RouteFixture> => fixtures.createRoute(gw, { currency: null });

/** A person; their family name is "Planner". */
export const createPerson = (gw: TestGateway) => fixtures.createPerson(gw, { familyName: 'Planner' });

/** A practice attached to the route as a case. */
export async function attachCase(gw: TestGateway, routeId: string): Promise<string> {
  const token = await adminToken(gw);
  const practice = await ok(gw, `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`, { input: { title: { en: unique('Practice') }, countryCode: 'PE', level: 'NATIONAL' } }, { token });
  await ok(gw, `mutation($p: ID!, $r: ID!) { attachPracticeToRoute(practiceId: $p, routeId: $r) { id } }`, { p: practice.id, r: routeId }, { token });
  return practice.id;
}

// ---- indicators and progress (indicators area) ----

export interface FinalPlanFixture {
  routeId: string;
  programmeId: string;
  delegationId: string;
  planId: string;
  /** The plan's objectives, in order: the first with an activity whose responsible person is `ownerPersonId`, the second without activities. */
  objectiveIds: string[];
  ownerPersonId: string;
  /** The delegation's selected participants' people. */
  participantPersonIds: string[];
}

const SUBMIT_PLAN = `mutation($id: ID!, $to: PlanStatus!, $v: Int!, $reason: String) { changeActionPlanStatus(planId: $id, toStatus: $to, version: $v, reason: $reason) { id version status } }`;

/** Moves an action plan as an admin, at its current version. */
export async function movePlan(gw: TestGateway, planId: string, to: string, reason?: string): Promise<void> {
  const token = await adminToken(gw);
  const { version } = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { version } }`, { id: planId }, { token });
  await ok(gw, SUBMIT_PLAN, { id: planId, to, v: version, reason }, { token });
}

/**
 * A route with a delegation whose action plan is FINAL: objective 1 "0 → 5 commitments,
 * 2021-12-31 → 2025-12-31" with an activity led by `ownerPersonId`, objective 2 "40 → 20 %,
 * 2022-01-01 → 2026-01-01" without activities. Unless `final` is false (then it stays IN_REVIEW).
 */
export async function finalPlan(gw: TestGateway, options: { route?: RouteFixture; final?: boolean } = {}): Promise<FinalPlanFixture> {
  const token = await adminToken(gw);
  const route = options.route ?? (await createRoute(gw));
  const delegation = await delegationWithParticipants(gw, route.id, 'GT', 2);
  const plan = await ok(gw, `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }`, { input: { delegationId: delegation.id, title: { en: unique('Plan') }, language: 'EN' } }, { token });
  const objective = (over: Record<string, unknown>) =>
    ok(gw, `mutation($input: AddPlanObjectiveInput!) { addPlanObjective(input: $input) { id } }`, { input: { planId: plan.id, ...over } }, { token });
  const first = await objective({
    statement: { en: 'Adopt the CSN commitments' },
    indicator: { en: 'CSN commitments adopted by the council', es: 'Compromisos CSN adoptados' },
    unit: 'commitments',
    baselineValue: '0',
    baselineDate: '2021-12-31',
    targetValue: '5',
    targetDate: '2025-12-31',
  });
  const second = await objective({
    statement: { en: 'Reduce stunting' },
    indicator: { en: 'Stunting rate' },
    unit: '%',
    baselineValue: '40',
    baselineDate: '2022-01-01',
    targetValue: '20',
    targetDate: '2026-01-01',
  });
  const ownerPersonId = await createPerson(gw);
  const activity = (objectiveId: string, responsiblePersonId: string) =>
    ok(
      gw,
      `mutation($input: AddPlanActivityInput!) { addPlanActivity(input: $input) { id } }`,
      { input: { planId: plan.id, objectiveId, description: { en: unique('Activity') }, responsiblePersonId, startDate: '2025-02-01', dueDate: '2025-03-01', resources: 'Two facilitators' } },
      { token },
    );
  await activity(first.id, ownerPersonId);
  // The SMART check wants every objective to have an activity: the second's is led by someone else.
  await activity(second.id, delegation.personIds[1]);
  for (const step of options.final === false ? ['SUBMITTED', 'IN_REVIEW'] : ['SUBMITTED', 'IN_REVIEW', 'FINAL']) await movePlan(gw, plan.id, step);
  return {
    routeId: route.id,
    programmeId: route.programmeId,
    delegationId: delegation.id,
    planId: plan.id,
    objectiveIds: [first.id, second.id],
    ownerPersonId,
    participantPersonIds: delegation.personIds,
  };
}

export const INDICATOR_FIELDS = `id version programmeId routeId planId objectiveId name objective unit baselineValue baselineDate targetValue targetDate ownerPersonId status progressShare onTrack lastVerified { value reportedOn }`;
export const REPORT_FIELDS = `id version indicatorId periodId value reportedOn note evidenceUrl verification reportedBy hasEvidenceFile returnReason`;

/** A programme's own indicator (seed 003's kind) made by an admin: 0 in 2021 → 5 by December 2025. */
export async function programmeIndicator(gw: TestGateway, programmeId: string, over: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return ok(
    gw,
    `mutation($input: CreateTrackedIndicatorInput!) { createTrackedIndicator(input: $input) { id version } }`,
    { input: { programmeId, name: { en: unique('Indicator') }, unit: 'commitments', baselineValue: '0', baselineDate: '2021-12-31', targetValue: '5', targetDate: '2025-12-31', ...over } },
    { token: await adminToken(gw) },
  );
}

/** A report made with `token` (an admin's unless given). */
export async function reportValue(gw: TestGateway, indicatorId: string, value: string, reportedOn: string, token?: string): Promise<{ id: string; version: number; verification: string }> {
  return ok(
    gw,
    `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id version verification } }`,
    { input: { indicatorId, value, reportedOn } },
    { token: token ?? (await adminToken(gw)) },
  );
}

/** Reports and verifies a value as an admin. */
export async function verifiedValue(gw: TestGateway, indicatorId: string, value: string, reportedOn: string): Promise<{ id: string; version: number }> {
  const report = await reportValue(gw, indicatorId, value, reportedOn);
  return ok(gw, `mutation($id: ID!, $v: Int!) { verifyProgressReport(id: $id, version: $v) { id version } }`, { id: report.id, v: report.version }, { token: await adminToken(gw) });
}

// ---- surveys ----

export const SURVEY_FIELDS = `id version status kind anonymous opensOn closesOn reminderDays routeId programmeId`;

/**
 * A route survey with a Likert question (required), a single-choice one and a free-text one,
 * and `roster` on its roster, built by an admin and SCHEDULED (it opens on opensOn by its job).
 */
export async function scheduledSurvey(
  gw: TestGateway,
  routeId: string,
  roster: string[],
  over: { anonymous?: boolean; opensOn?: string; closesOn?: string; reminderDays?: number[] } = {},
): Promise<{ id: string; version: number; questionIds: string[] }> {
  const token = await adminToken(gw);
  const survey = await ok(
    gw,
    `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id version } }`,
    { input: { routeId, title: { en: unique('Survey'), es: 'Encuesta' }, anonymous: false, opensOn: '2031-03-01', closesOn: '2031-03-29', reminderDays: [7, 14], ...over } },
    { token },
  );
  const questionIds: string[] = [];
  for (const q of [
    { type: 'LIKERT', text: { en: 'Useful?', es: '¿Útil?' } },
    { type: 'SINGLE_CHOICE', text: { en: 'Which part?' }, required: false, options: [{ value: 'visits', label: { en: 'Visits', es: 'Visitas' } }, { value: 'workshops', label: { en: 'Workshops' } }] },
    { type: 'FREE_TEXT', text: { en: 'What changed?' }, required: false },
  ]) {
    questionIds.push((await ok(gw, `mutation($input: AddSurveyQuestionInput!) { addSurveyQuestion(input: $input) { id } }`, { input: { surveyId: survey.id, ...q } }, { token })).id);
  }
  await ok(gw, `mutation($s: ID!, $p: [ID!]!) { setSurveyRoster(surveyId: $s, personIds: $p) { id } }`, { s: survey.id, p: roster }, { token });
  const scheduled = await ok(gw, `mutation($s: ID!, $v: Int!) { changeSurveyStatus(surveyId: $s, toStatus: SCHEDULED, version: $v) { id version status } }`, { s: survey.id, v: survey.version }, { token });
  return { id: survey.id, version: scheduled.version, questionIds };
}

/** The personal links e-mailed for a survey so far (invitations and reminders), with whom they went to. */
export async function surveyMails(gw: TestGateway, kind: 'survey-invitation' | 'survey-reminder'): Promise<{ to: string; text: string; subject: string }[]> {
  return gw.dataSource.query(`SELECT to_address AS "to", text_body AS text, subject FROM mail_message WHERE kind = $1 ORDER BY created_at, id`, [kind]);
}

/** The token of the personal link in an e-mail's text. */
export function tokenInMail(text: string): string {
  const match = /\/survey\?token=([A-Za-z0-9_-]{43})&lang=(en|fr|es)/.exec(text);
  if (!match) throw new Error(`no survey link in: ${text}`);
  return match[1];
}

/** The e-mail address of a person, as an admin reads it. */
export async function emailOf(gw: TestGateway, personId: string): Promise<string> {
  const rows: { email: string }[] = await gw.dataSource.query(`SELECT email FROM person WHERE id = $1`, [personId]);
  return rows[0].email;
}

/**
 * Stops the gateway, keeping its database, and starts a new one on it: what a restart (or a
 * deployment) leaves behind. The old gateway must not be used afterwards.
 */
export async function restartFollowUpGateway(gw: TestGateway, env: Record<string, string> = {}): Promise<TestGateway> {
  await gw.close({ keepDatabase: true });
  return startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule, followUpModule], env, { database: gw.database });
}
