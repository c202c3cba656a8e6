import { parse } from 'csv-parse/sync';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { AWARD, usd } from './fund-helpers';
import { adminToken, attachCase, createRoute, delegationWithParticipants, participantToken, pdfText, plansEditor, reviewerToken, ok, startActionPlansGateway, UNKNOWN_ID } from './helpers';
import { addActivity, addObjective, createPlan, current, moveTo, SUBMIT, UPDATE_OBJECTIVE } from './plan-helpers';

const REVIEW = `mutation($input: ReviewPlanVersionInput!) { reviewPlanVersion(input: $input) { id } }`;

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GETs one of the module's files with a user's token or a partner's key. */
async function download(gw: TestGateway, path: string, auth: { token?: string; apiKey?: string } = {}): Promise<Download> {
  const headers: Record<string, string> = {};
  if (auth.token) headers['authorization'] = `Bearer ${auth.token}`;
  if (auth.apiKey) headers['x-api-key'] = auth.apiKey;
  const res = await fetch(`${gw.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** The error code of a refused download (the API's JSON error shape). */
const codeOf = (d: Download) => JSON.parse(d.body.toString('utf8')).errors[0].extensions.code as string;

describe('plan exports', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let reviewer: string;
  let partnerKey: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    admin = await adminToken(gw);
    editor = await plansEditor(gw);
    reviewer = await reviewerToken(gw);
    partnerKey = (await createApiKey(gw, admin, ['READ'])).key;
  });
  afterAll(() => gw.close());

  const versionId = async (planId: string, number: number): Promise<string> =>
    (await gw.dataSource.query(`SELECT id FROM action_plan_version WHERE plan_id = $1 AND number = $2`, [planId, number]))[0].id;
  const submit = async (planId: string) => ok(gw, SUBMIT, { id: planId, v: (await current(gw, planId)).version }, { token: editor });

  /** A French plan (one objective with figures, one budgeted activity) on a new route, submitted and reviewed. */
  async function frenchPlan() {
    const routeId = (await createRoute(gw)).id;
    const delegation = await delegationWithParticipants(gw, routeId, 'BJ', 1);
    const practiceId = await attachCase(gw, routeId);
    const plan = await createPlan(gw, editor, delegation.id, {
      practiceIds: [practiceId],
      language: 'FR',
      title: { fr: 'Plan national de nutrition du Bénin' },
      context: { fr: 'Le conseil national a adopté une stratégie.' },
    });
    await addObjective(gw, editor, plan.id, {
      statement: { fr: 'Faire adopter les engagements par le conseil' },
      indicator: { fr: 'Part des communes couvertes' },
      unit: '%',
      baselineValue: '12.5',
      baselineDate: '2025-01-01',
      targetValue: '1250',
      targetDate: '2026-06-30',
    });
    await addActivity(gw, editor, plan.id, { description: { fr: 'Atelier de chiffrage' }, budget: { amount: '1200.50', currency: 'USD' } });
    await submit(plan.id);
    const v1 = await versionId(plan.id, 1);
    await ok(gw, REVIEW, { input: { versionId: v1, recommendation: 'REVISE', summary: 'Bonne base.', comments: [{ section: 'objectives.1', comment: 'Précisez la source des données.' }] } }, { token: reviewer });
    return { routeId, planId: plan.id, delegationId: delegation.id, v1 };
  }

  describe('a plan as PDF', () => {
    it('prints the latest version of a French plan in French, with the objective’s figures and the review comment', async () => {
      const { routeId, planId } = await frenchPlan();
      // Any participant of the route reads it (another delegation's, here).
      const reader = await participantToken(gw, (await delegationWithParticipants(gw, routeId, 'GT', 1)).personIds[0]);
      const pdf = await download(gw, `/action-plans/plans/${planId}.pdf`, { token: reader });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-language')).toBe('fr');
      expect(pdf.headers.get('content-disposition')).toContain(`filename*=UTF-8''plan-d-action-plan-national-de-nutrition-du-b%C3%A9nin-v1.pdf`);
      expect(pdf.headers.get('cache-control')).toBe('private, no-store');
      // Table cells wrap: compare with every run of white space as one space.
      const text = (await pdfText(pdf.body)).text.replace(/\s+/g, ' ');
      for (const words of [
        'Plan d’action',
        'Plan national de nutrition du Bénin',
        'Délégation :',
        'Pays : Bénin',
        'Statut : En revue',
        'Version 1, soumise le',
        'Le conseil national a adopté une stratégie.',
        'Pratiques adaptées',
        'Practice-',
        'Situation de départ',
        'Part des communes couvertes',
        '12,5 %',
        '1 250 %',
        '1 janv. 2025',
        '30 juin 2026',
        '1 200,50 USD',
        'Tous les objectifs et toutes les activités passent la vérification SMART.',
        'Revues de cette version',
        'À réviser',
        'Bonne base.',
        'Objectif 1 : Précisez la source des données.',
      ]) {
        expect(text).toContain(words);
      }
      expect(text).not.toMatch(/Baseline|Objectives|Reviews of this version/);
    });

    it('prints an earlier version with its own reviews, and the latest without them; in another language on request', async () => {
      const { planId } = await frenchPlan();
      await moveTo(gw, reviewer, planId, 'REVISION_REQUESTED', 'Voir la revue');
      const objective = (await gw.dataSource.query(`SELECT id, version FROM action_plan_objective WHERE plan_id = $1`, [planId]))[0];
      await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, targetValue: '60' } }, { token: editor });
      await submit(planId);

      const latest = (await pdfText((await download(gw, `/action-plans/plans/${planId}.pdf`, { token: admin })).body)).text;
      expect(latest).toContain('Version 2, soumise le');
      expect(latest).toContain('60 %');
      expect(latest).toContain('Aucune revue de cette version.');
      expect(latest).not.toContain('Précisez la source');

      const first = (await pdfText((await download(gw, `/action-plans/plans/${planId}.pdf?version=1`, { token: admin })).body)).text;
      expect(first).toContain('Version 1, soumise le');
      expect(first).toContain('1 250 %');
      expect(first).toContain('Précisez la source des données.');

      const english = await download(gw, `/action-plans/plans/${planId}.pdf?version=1&lang=en`, { token: admin });
      expect(english.headers.get('content-language')).toBe('en');
      const { text } = await pdfText(english.body);
      expect(text).toContain('Version 1, submitted on');
      expect(text).toContain('Objective 1: Précisez la source des données.');
      expect(text).toContain('12.5 %');
    });

    it('prints a plan never submitted as its current draft, marked Draft', async () => {
      const delegation = await delegationWithParticipants(gw, (await createRoute(gw)).id, 'GT', 1);
      const plan = await createPlan(gw, editor, delegation.id, { title: { en: 'Costed nutrition plan' } });
      const participant = await participantToken(gw, delegation.personIds[0]);
      const pdf = await download(gw, `/action-plans/plans/${plan.id}.pdf`, { token: participant });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-disposition')).toContain('action-plan-costed-nutrition-plan-draft.pdf');
      const { text } = await pdfText(pdf.body);
      expect(text).toContain('DRAFT');
      expect(text).toContain('Draft: never submitted, printed as it stands now.');
      expect(text).toContain('Status: Draft');
      // The draft has no objective or activity yet: the check says so.
      expect(text).toContain('2 points fail the check:');
      expect(text).toContain('Objectives: the plan has no objective');
      expect(text).not.toContain('Reviews of this version');
    });

    it('refuses what the caller may not read, and bad parameters, in the API’s error shape', async () => {
      const { planId } = await frenchPlan();
      const outsider = await participantToken(gw, (await delegationWithParticipants(gw, (await createRoute(gw)).id, 'LA', 1)).personIds[0]);
      const hidden = await download(gw, `/action-plans/plans/${planId}.pdf`, { token: outsider });
      expect([hidden.status, codeOf(hidden)]).toEqual([404, 'NOT_FOUND']);
      // Partners: a plan in review does not exist for them.
      const partner = await download(gw, `/action-plans/plans/${planId}.pdf`, { apiKey: partnerKey });
      expect([partner.status, codeOf(partner)]).toEqual([404, 'NOT_FOUND']);
      expect((await download(gw, `/action-plans/plans/${planId}.pdf`)).status).toBe(401);
      expect((await download(gw, `/action-plans/plans/${UNKNOWN_ID}.pdf`, { token: admin })).status).toBe(404);
      expect((await download(gw, `/action-plans/plans/not-an-id.pdf`, { token: admin })).status).toBe(404);

      const missing = await download(gw, `/action-plans/plans/${planId}.pdf?version=2`, { token: admin });
      expect([missing.status, codeOf(missing)]).toEqual([404, 'NOT_FOUND']);
      for (const [query, field] of [
        ['version=0', 'version'],
        ['version=one', 'version'],
        ['lang=de', 'lang'],
      ]) {
        const bad = await download(gw, `/action-plans/plans/${planId}.pdf?${query}`, { token: admin });
        expect(bad.status).toBe(400);
        expect(JSON.parse(bad.body.toString()).errors[0].extensions.fields.map((f: { path: string }) => f.path)).toEqual([field]);
      }
    });

    it('gives partners a FINAL plan’s accepted version only, without reviews or responsible persons', async () => {
      const { planId } = await frenchPlan();
      await moveTo(gw, reviewer, planId, 'REVISION_REQUESTED', 'Voir la revue');
      await submit(planId);
      await ok(gw, REVIEW, { input: { versionId: await versionId(planId, 2), recommendation: 'ACCEPT', comments: [] } }, { token: reviewer });
      await moveTo(gw, reviewer, planId, 'FINAL');
      // The activity's responsible is a person named "Person-… Planner" (the helpers' people).
      const given = 'Planner';

      const staff = (await pdfText((await download(gw, `/action-plans/plans/${planId}.pdf`, { token: admin })).body)).text;
      expect(staff).toContain('Statut : Définitif');
      expect(staff).toContain(given);
      const pdf = await download(gw, `/action-plans/plans/${planId}.pdf`, { apiKey: partnerKey });
      expect(pdf.status).toBe(200);
      const { text } = await pdfText(pdf.body);
      expect(text).toContain('Version 2, soumise le');
      expect(text).not.toContain(given);
      expect(text).not.toContain('Accepter');
      expect(text).toContain('Aucune revue de cette version.');
      expect((await download(gw, `/action-plans/plans/${planId}.pdf?version=1`, { apiKey: partnerKey })).status).toBe(404);
    });
  });

  describe("a route's plans as CSV", () => {
    /** A route with a FINAL awarded plan, a plan in review, and a draft failing the SMART check. */
    async function routeWithPlans() {
      const { routeId, planId: inReview } = await frenchPlan();
      const finalTeam = await delegationWithParticipants(gw, routeId, 'GT', 1);
      const final = await createPlan(gw, editor, finalTeam.id, { title: { en: '=Costed plan' } });
      await addObjective(gw, editor, final.id);
      await addActivity(gw, editor, final.id, { budget: { amount: '300', currency: 'USD' } });
      await addActivity(gw, editor, final.id, { budget: { amount: '1500.25', currency: 'PEN' } });
      await submit(final.id);
      await ok(gw, REVIEW, { input: { versionId: await versionId(final.id, 1), recommendation: 'ACCEPT', comments: [] } }, { token: reviewer });
      await moveTo(gw, reviewer, final.id, 'FINAL');
      await ok(gw, AWARD, { input: usd(final.id, '3000') }, { token: admin });
      await ok(gw, AWARD, { input: usd(final.id, '500', 'IN_KIND', 'Printing of the plan') }, { token: admin });
      const draftTeam = await delegationWithParticipants(gw, routeId, 'LA', 1);
      const draft = await createPlan(gw, editor, draftTeam.id, { title: { en: 'Early draft' } });
      return { routeId, inReview, final: final.id, draft: draft.id, participant: await participantToken(gw, draftTeam.personIds[0]) };
    }

    const rowsOf = (d: Download) => parse(d.body, { bom: true, columns: true }) as Record<string, string>[];

    it('writes one row per plan, parsed back by csv-parse', async () => {
      const { routeId, inReview, final, draft, participant } = await routeWithPlans();
      const csv = await download(gw, `/action-plans/routes/${routeId}/plans.csv`, { token: participant });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toMatch(/filename="action-plans-route-\d+-\d+\.csv"/);
      // Streamed as it is written: chunked, no length known up front.
      expect(csv.headers.get('content-length')).toBeNull();
      expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const rows = rowsOf(csv);
      expect(Object.keys(rows[0])).toEqual([
        'plan_id',
        'delegation',
        'country_code',
        'country',
        'title',
        'language',
        'status',
        'version_count',
        'smart_passes',
        'smart_failing_items',
        'objectives',
        'activities',
        'activity_budget',
        'latest_recommendation',
        'latest_review_at',
        'awards',
        'awards_total',
      ]);
      const names = rows.map((r) => r['delegation']);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
      const byId = new Map(rows.map((r) => [r['plan_id'], r]));
      expect(byId.size).toBe(3);
      expect(byId.get(final)).toMatchObject({
        country_code: 'GT',
        country: 'Guatemala',
        title: "'=Costed plan",
        language: 'en',
        status: 'AWARDED',
        version_count: '1',
        smart_passes: 'yes',
        smart_failing_items: '0',
        objectives: '1',
        activities: '2',
        activity_budget: 'PEN 1500.25; USD 300.00',
        latest_recommendation: 'ACCEPT',
        awards: 'CASH USD 3000.00; IN_KIND USD 500.00',
        awards_total: 'USD 3500.00',
      });
      expect(byId.get(final)!['latest_review_at']).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(byId.get(inReview)).toMatchObject({ country_code: 'BJ', title: 'Plan national de nutrition du Bénin', language: 'fr', status: 'IN_REVIEW', latest_recommendation: 'REVISE', activity_budget: 'USD 1200.50', awards: '' });
      expect(byId.get(draft)).toMatchObject({ status: 'DRAFT', version_count: '0', smart_passes: 'no', smart_failing_items: '2', objectives: '0', activities: '0', activity_budget: '', latest_recommendation: '', latest_review_at: '' });
    });

    it('holds what the plans list shows for the same filters (issue 14)', async () => {
      const { routeId, inReview, final } = await routeWithPlans();
      const filtered = rowsOf(await download(gw, `/action-plans/routes/${routeId}/plans.csv?statuses=IN_REVIEW,AWARDED&smartPasses=true`, { token: admin }));
      const listed = await ok(gw, `query($f: ActionPlanFilter) { actionPlans(first: 100, filter: $f) { edges { node { id } } } }`, { f: { routeId, statuses: ['IN_REVIEW', 'AWARDED'], smartPasses: true } }, { token: admin });
      expect(filtered.map((r) => r['plan_id']).sort()).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id).sort());
      expect(filtered.map((r) => r['plan_id'])).toContain(final);
      expect(filtered.every((r) => r['smart_passes'] === 'yes' && ['IN_REVIEW', 'AWARDED'].includes(r['status']))).toBe(true);
      const searched = rowsOf(await download(gw, `/action-plans/routes/${routeId}/plans.csv?search=nutrition`, { token: admin }));
      expect(searched.map((r) => r['plan_id'])).toEqual([inReview]);
      const refused = await download(gw, `/action-plans/routes/${routeId}/plans.csv?statuses=LOST`, { token: admin });
      expect([refused.status, codeOf(refused)]).toEqual([400, 'BAD_USER_INPUT']);
    });

    it('gives partners the FINAL and AWARDED plans only, without reviews; refuses other routes’ participants', async () => {
      const { routeId, final } = await routeWithPlans();
      const rows = rowsOf(await download(gw, `/action-plans/routes/${routeId}/plans.csv`, { apiKey: partnerKey }));
      expect(rows.map((r) => [r['plan_id'], r['status'], r['latest_recommendation'], r['awards_total']])).toEqual([[final, 'AWARDED', '', 'USD 3500.00']]);

      const outsider = await participantToken(gw, (await delegationWithParticipants(gw, (await createRoute(gw)).id, 'SL', 1)).personIds[0]);
      const refused = await download(gw, `/action-plans/routes/${routeId}/plans.csv`, { token: outsider });
      expect([refused.status, codeOf(refused)]).toEqual([404, 'NOT_FOUND']);
      expect((await download(gw, `/action-plans/routes/${UNKNOWN_ID}/plans.csv`, { token: admin })).status).toBe(404);
      // A route without plans: the header row only.
      const empty = await download(gw, `/action-plans/routes/${(await createRoute(gw)).id}/plans.csv`, { token: admin });
      expect(empty.body.toString('utf8').trim().split('\r\n')).toHaveLength(1);
    });
  });
});
