import { parse } from 'csv-parse/sync';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { PlanStatus } from '../src/plans/plan-status';
import { AWARD, storedPlan, usd } from './fund-helpers';
import { adminToken, createRoute, delegationWithParticipants, ok, participantToken, startActionPlansGateway } from './helpers';

const HEADER = ['award_id', 'plan_id', 'plan', 'kind', 'amount', 'currency', 'description', 'awarded_at'];
const AWARDS = `query($routeId: ID!) { routeActionFund(routeId: $routeId) { awards { id } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, query: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}/action-plans/awards.csv${query}`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, text, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, text, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /action-plans/awards.csv', () => {
  let gw: TestGateway;
  let routeId: string;
  let planId: string;
  let cash: string;
  let visit: string;
  let participant: string;
  let outsider: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    const admin = await adminToken(gw);
    routeId = (await createRoute(gw)).id;
    const delegation = await delegationWithParticipants(gw, routeId, 'GT', 1);
    participant = delegation.personIds[0];
    planId = await storedPlan(gw, routeId, delegation.id, PlanStatus.FINAL, 'Exported plan');
    cash = (await ok(gw, AWARD, { input: usd(planId, '6000') }, { token: admin })).id;
    visit = (await ok(gw, AWARD, { input: usd(planId, '1500', 'TECHNICAL_ASSISTANCE_VISIT', '=Two days with the ministry') }, { token: admin })).id;
    const otherRoute = (await createRoute(gw)).id;
    outsider = (await delegationWithParticipants(gw, otherRoute, 'PE', 1)).personIds[0];
  });
  afterAll(() => gw?.close());

  it("writes the fund's awards, oldest first, with their plan and amount in the fund's currency", async () => {
    const admin = await adminToken(gw);
    const csv = await download(gw, `?routeId=${routeId}`, bearer(admin));
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => r.slice(0, 7))).toEqual([
      [cash, planId, 'Exported plan', 'CASH', '6000.00', 'USD', 'Seed grant for the costing workshop'],
      [visit, planId, 'Exported plan', 'TECHNICAL_ASSISTANCE_VISIT', '1500.00', 'USD', "'=Two days with the ministry"],
    ]);
    const listed = await ok(gw, AWARDS, { routeId }, { token: admin });
    expect(csv.rows.slice(1).map((r) => r[0])).toEqual(listed.awards.map((a: { id: string }) => a.id));
    // A route without awards: the header only.
    expect((await download(gw, `?routeId=${(await createRoute(gw)).id}`, bearer(admin))).rows).toEqual([HEADER]);
  });

  it("gives the route's participants and partners' keys what the fund shows them; other routes' participants nothing", async () => {
    expect((await download(gw, `?routeId=${routeId}`, bearer(await participantToken(gw, participant)))).rows).toHaveLength(3);
    expect((await download(gw, `?routeId=${routeId}`, bearer(await participantToken(gw, outsider)))).code).toBe('NOT_FOUND');
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    expect((await download(gw, `?routeId=${routeId}`, { 'x-api-key': key })).rows).toHaveLength(3);
    const missing = await download(gw, '', bearer(await adminToken(gw)));
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(missing.text).toContain('routeId');
  });
});
