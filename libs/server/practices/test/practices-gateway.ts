import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role, platformModule } from '@lr/server-core';
import { dataOf, ok, startTestGateway, type GraphqlResponse, type RequestOptions, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '../src';

export interface PracticesGateway extends TestGateway {
  /** Where uploaded files go (a temporary directory, removed on close). */
  fileDir: string;
}

/** A real gateway with the platform, core, delegations (whose visiting countries matching reads) and practices modules, on a database and file directory of its own. */
export async function startPracticesGateway(env: Record<string, string> = {}): Promise<PracticesGateway> {
  const fileDir = await mkdtemp(join(tmpdir(), 'lr-practices-files-'));
  const gw = await startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule], { FILE_STORAGE_DIR: fileDir, ...env });
  return {
    ...gw,
    fileDir,
    async close() {
      await gw.close();
      await rm(fileDir, { recursive: true, force: true });
    },
  };
}

// The response helpers every module's tests share.
export { createApiKey, dataOf, errorOf, fieldsOf, ok } from '@lr/server-core/testing';

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

export async function whoIs(gw: TestGateway, token: string): Promise<{ id: string; displayName: string; email: string }> {
  return ok(gw, `{ me { id displayName email } }`, {}, { token });
}

export async function createProgramme(gw: TestGateway, token: string, name = 'Pilot programme'): Promise<string> {
  return (await ok(gw, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: { en: name }, startDate: '2014-01-01', endDate: '2014-12-31' } }, { token })).id;
}

export async function createRoute(gw: TestGateway, token: string, programmeId: string, input: Record<string, unknown> = {}): Promise<string> {
  return (
    await ok(
      gw,
      `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`,
      { input: { programmeId, title: { en: 'A route' }, hostCountryCode: 'PE', workingLanguages: ['ES', 'EN'], ...input } },
      { token },
    )
  ).id;
}

export async function createThematicArea(gw: TestGateway, token: string, code: string): Promise<string> {
  return (await ok(gw, `mutation($input: CreateThematicAreaInput!) { createThematicArea(input: $input) { id } }`, { input: { code, name: { en: code } } }, { token })).id;
}

export async function setLearningNeeds(gw: TestGateway, token: string, countryCode: string, thematicAreaIds: string[]): Promise<void> {
  await ok(gw, `mutation($input: SetLearningNeedsInput!) { setCountryLearningNeeds(input: $input) { id } }`, { input: { countryCode, thematicAreaIds } }, { token });
}

export const CREATE_PRACTICE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id version status } }`;

export async function createPractice(gw: TestGateway, token: string, input: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return ok(gw, CREATE_PRACTICE, { input: { title: { en: 'A practice' }, countryCode: 'PE', level: 'DISTRICT', ...input } }, { token });
}

export const CHANGE_STATUS = `mutation($id: ID!, $to: PracticeStatus!, $version: Int!, $reason: String) {
  changePracticeStatus(practiceId: $id, toStatus: $to, version: $version, reason: $reason) { id status version }
}`;

/** The version of a practice as the caller reads it now (moves name the version they read); 1 when they cannot read it. */
export async function practiceVersion(gw: TestGateway, id: string, options: RequestOptions): Promise<number> {
  const res = await gw.graphql(`query($id: ID!) { practice(id: $id) { version } }`, { id }, options);
  return (res.data?.['practice'] as { version: number } | undefined)?.version ?? 1;
}

/** Moves a practice, naming the version the caller has just read. */
export async function changeStatus(gw: TestGateway, token: string, id: string, to: string, reason?: string): Promise<GraphqlResponse> {
  return gw.graphql(CHANGE_STATUS, { id, to, reason, version: await practiceVersion(gw, id, { token }) }, { token });
}

/** The reason practiceIn gives for rejecting (the move needs one). */
export const REJECTION_REASON = 'Not replicable outside its district';

export const ASSIGN = `mutation($input: AssignAssessorInput!) { assignAssessor(input: $input) { id version status } }`;
export const SAVE_ASSESSMENT = `mutation($input: SaveAssessmentInput!) { saveAssessment(input: $input) { id version status score complete } }`;

/** Default-set (BEST_PRACTICE_7) criteria, in order. */
export async function defaultCriteria(gw: TestGateway, token: string, setKey = 'BEST_PRACTICE_7'): Promise<{ id: string; code: string; weight: number }[]> {
  return ok(gw, `query($setKey: String) { assessmentCriteria(setKey: $setKey) { id code weight } }`, { setKey }, { token });
}

/** Assigns a new reviewer to the practice and returns their token and assessment. */
export async function assignReviewer(gw: TestGateway, editor: string, practiceId: string, programmeId?: string): Promise<{ token: string; assessment: { id: string; version: number } }> {
  const token = await gw.tokenFor(Role.REVIEWER);
  const me = await whoIs(gw, token);
  const assessment = await ok(gw, ASSIGN, { input: { practiceId, assessorId: me.id, programmeId } }, { token: editor });
  return { token, assessment };
}

/** Has a new reviewer score every criterion with `score` (or a per-criterion list) and submit. */
export async function completeAssessment(gw: TestGateway, editor: string, practiceId: string, score: number | number[], comment = 'Seen on the ground'): Promise<{ token: string; id: string }> {
  const { token, assessment } = await assignReviewer(gw, editor, practiceId);
  const criteria = await defaultCriteria(gw, token);
  const scores = criteria.map((c, i) => ({ criterionId: c.id, score: Array.isArray(score) ? score[i] : score, comment }));
  await ok(gw, SAVE_ASSESSMENT, { input: { id: assessment.id, version: assessment.version, scores, submit: true } }, { token });
  return { token, id: assessment.id };
}

/** A practice moved (as an editor, with what each move needs) until it reaches `status`. */
export async function practiceIn(gw: TestGateway, editor: string, status: string, input: Record<string, unknown> = {}): Promise<string> {
  const { id } = await createPractice(gw, editor, input);
  const path = status === 'REJECTED' ? ['UNDER_ASSESSMENT', 'REJECTED'] : ['UNDER_ASSESSMENT', 'SELECTED', 'SYSTEMATIZED', 'PUBLISHED'];
  if (status === 'IDENTIFIED') return id;
  for (const to of path) {
    if (to === 'SELECTED') await completeAssessment(gw, editor, id, 4);
    if (to === 'SYSTEMATIZED') await finishSystematization(gw, editor, id);
    dataOf(await changeStatus(gw, editor, id, to, to === 'REJECTED' ? REJECTION_REASON : undefined));
    if (to === status) break;
  }
  return id;
}

/** Marks every step DONE and adds a case document link. */
export async function finishSystematization(gw: TestGateway, editor: string, practiceId: string): Promise<void> {
  const practice = await ok(gw, `query($id: ID!) { practice(id: $id) { systematizationSteps { id version } } }`, { id: practiceId }, { token: editor });
  for (const step of practice.systematizationSteps) {
    await ok(gw, `mutation($input: UpdateSystematizationStepInput!) { updateSystematizationStep(input: $input) { id } }`, { input: { id: step.id, version: step.version, status: 'DONE' } }, { token: editor });
  }
  await ok(
    gw,
    `mutation($input: CreatePracticeMaterialInput!) { createPracticeMaterial(input: $input) { id } }`,
    { input: { practiceId, kind: 'CASE_DOCUMENT', language: 'EN', title: 'Case study', url: 'https://example.org/case.pdf' } },
    { token: editor },
  );
}


export interface RestError {
  message: string;
  extensions: { code: string; fields?: { path: string; message: string }[]; requestId?: string; [detail: string]: unknown };
}

/**
 * The single error of a refused REST call, after checking its HTTP status and that the body
 * has the GraphQL error shape (`{ errors: [{ message, extensions: { code, … } }] }`) and nothing else.
 */
export async function restErrorOf(res: Response, status: number, code: string): Promise<RestError> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { errors: RestError[] };
  expect(Object.keys(body)).toEqual(['errors']);
  expect(body.errors.map((e) => e.extensions.code)).toEqual([code]);
  expect(typeof body.errors[0].message).toBe('string');
  return body.errors[0];
}

/** A practice's status history rows in the kit's table, oldest first. */
export async function statusHistoryRows(gw: TestGateway, practiceId: string): Promise<{ id: string; from_state: string; to_state: string; reason: string | null }[]> {
  return gw.dataSource.query(`SELECT id, from_state, to_state, reason FROM state_change WHERE machine = 'practice.status' AND record_id = $1 ORDER BY at, id`, [practiceId]);
}
