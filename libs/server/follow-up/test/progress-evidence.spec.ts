import { Role } from '@lr/server-core';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, errorOf, finalPlan, ok, participantToken, reportValue, startFollowUpGateway, UNKNOWN_ID, type FinalPlanFixture } from './helpers';

const PDF = Buffer.from('%PDF-1.4\n% council minutes\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const READ = `query($id: ID!) { progressReport(id: $id) { id version verification hasEvidenceFile evidenceFileUrl evidenceName evidenceType } }`;

describe('progress evidence files', () => {
  let gw: TestGateway;
  let admin: string;
  let plan: FinalPlanFixture;
  let indicatorId: string;
  let owner: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
    plan = await finalPlan(gw);
    const list = await ok(gw, `query($p: ID!) { trackedIndicators(first: 5, filter: { planId: $p }) { edges { node { id objectiveId } } } }`, { p: plan.planId }, { token: admin });
    indicatorId = list.edges.find((e: { node: { objectiveId: string } }) => e.node.objectiveId === plan.objectiveIds[0]).node.id;
    owner = await participantToken(gw, plan.ownerPersonId);
  });
  afterAll(() => gw.close());

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const url = (id: string) => `${gw.url}/follow-up/progress/${id}/evidence`;
  const upload = (id: string, body: Buffer, headers: Record<string, string>) => fetch(url(id), { method: 'POST', headers, body });
  const errorBody = async (res: Response) => ((await res.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions;

  it("uploads the owner's evidence, serves it to readers as a download and replaces it", async () => {
    const report = await reportValue(gw, indicatorId, '2', '2023-12-31', owner);
    const res = await upload(report.id, PDF, { ...bearer(owner), 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('Acta del consejo «CSN».pdf') });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      progressReport: { id: report.id, version: report.version + 1, verification: 'UNVERIFIED', hasEvidenceFile: true, evidenceName: 'Acta del consejo «CSN».pdf', evidenceType: 'application/pdf' },
    });
    expect(await ok(gw, READ, { id: report.id }, { token: admin })).toMatchObject({ hasEvidenceFile: true, evidenceFileUrl: `/follow-up/progress/${report.id}/evidence`, evidenceName: 'Acta del consejo «CSN».pdf' });

    // A participant of the route reads it; the file comes as an attachment, never rendered.
    const download = await fetch(url(report.id), { headers: bearer(await participantToken(gw, plan.participantPersonIds[0])) });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Acta del consejo _CSN_.pdf"; filename*=UTF-8''${encodeURIComponent('Acta del consejo «CSN».pdf')}`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const replaced = await upload(report.id, PNG, { ...bearer(admin), 'content-type': 'image/png' });
    expect(((await replaced.json()) as { progressReport: { evidenceName: string } }).progressReport.evidenceName).toBe(`evidence-${report.id.slice(0, 8)}.png`);
    expect(Buffer.from(await (await fetch(url(report.id), { headers: bearer(admin) })).arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('sends a RETURNED report back to UNVERIFIED when its reporter adds evidence', async () => {
    const report = await reportValue(gw, indicatorId, '2', '2023-11-30', owner);
    const returned = await ok(gw, `mutation($id: ID!, $v: Int!) { returnProgressReport(id: $id, version: $v, reason: "Add the minutes") { version } }`, { id: report.id, v: report.version }, { token: admin });
    const res = await upload(report.id, PDF, { ...bearer(owner), 'content-type': 'application/pdf' });
    expect(res.status).toBe(200);
    expect(await ok(gw, READ, { id: report.id }, { token: admin })).toMatchObject({ verification: 'UNVERIFIED', version: returned.version + 2 });
  });

  it('refuses other types, empty files, strangers, partners and verified reports', async () => {
    const report = await reportValue(gw, indicatorId, '2', '2023-10-31', owner);
    const html = await upload(report.id, Buffer.from('<p>hi</p>'), { ...bearer(owner), 'content-type': 'text/html' });
    expect(html.status).toBe(400);
    expect((await errorBody(html))['fields']).toEqual([{ path: 'file', message: 'files of type text/html cannot be evidence; allowed: PDF, JPEG, PNG, WebP, CSV, XLSX, DOCX', constraint: 'evidenceFile' }]);
    const empty = await upload(report.id, Buffer.alloc(0), { ...bearer(owner), 'content-type': 'application/pdf' });
    expect((await errorBody(empty))['fields']).toEqual([{ path: 'file', message: 'The file is empty', constraint: 'evidenceFile' }]);
    const stranger = await upload(report.id, PDF, { ...bearer(await participantToken(gw, plan.participantPersonIds[0])), 'content-type': 'application/pdf' });
    expect(stranger.status).toBe(403);
    const { key } = await createApiKey(gw, admin, ['READ']);
    expect((await upload(report.id, PDF, { 'x-api-key': key, 'content-type': 'application/pdf' })).status).toBe(403);
    expect((await upload(report.id, PDF, { 'content-type': 'application/pdf' })).status).toBe(401);
    expect((await upload(UNKNOWN_ID, PDF, { ...bearer(admin), 'content-type': 'application/pdf' })).status).toBe(404);
    // A report without a file answers NOT_FOUND; a VERIFIED one takes no new evidence.
    expect((await fetch(url(report.id), { headers: bearer(admin) })).status).toBe(404);
    await ok(gw, `mutation($id: ID!, $v: Int!) { verifyProgressReport(id: $id, version: $v) { id } }`, { id: report.id, v: report.version }, { token: admin });
    expect((await upload(report.id, PDF, { ...bearer(admin), 'content-type': 'application/pdf' })).status).toBe(409);
  });

  it('keeps evidence from readers of other routes and from partners', async () => {
    const report = await reportValue(gw, indicatorId, '1', '2023-09-30', owner);
    await upload(report.id, PDF, { ...bearer(owner), 'content-type': 'application/pdf' });
    const elsewhere = await finalPlan(gw, { route: await createRoute(gw) });
    const outsider = await participantToken(gw, elsewhere.participantPersonIds[0]);
    expect((await fetch(url(report.id), { headers: bearer(outsider) })).status).toBe(404);
    errorOf(await gw.graphql(READ, { id: report.id }, { token: outsider }), 'NOT_FOUND');
    const { key } = await createApiKey(gw, admin, ['READ']);
    expect((await fetch(url(report.id), { headers: { 'x-api-key': key } })).status).toBe(403);
    expect((await fetch(url(report.id), { headers: bearer(await gw.tokenFor(Role.VIEWER)) })).status).toBe(200);
  });
});
