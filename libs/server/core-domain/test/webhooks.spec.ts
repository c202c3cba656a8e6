import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role, WebhookDispatcher, createLogger, verifySignature } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { dataOf, fieldsOf, ok } from './helpers';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A partner's receiving end on this machine, answering with the status it is told to. */
async function receiver() {
  const received: Received[] = [];
  let status = 200;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'thanks' : 'try later');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    answer: (next: number) => (status = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const ADVANCE = `mutation($id: ID!, $version: Int!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION, version: $version) { version } }`;
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { signingSecret endpoint { id events } } }`;
const DELIVERIES = `query($endpointId: ID!) { webhookDeliveries(first: 10, filter: { endpointId: $endpointId }) { edges { node { id status attempts lastResponseStatus lastResponseBody } } } }`;

describe('webhooks', () => {
  let gw: TestGateway;
  let admin: string;
  let hooks: Awaited<ReturnType<typeof receiver>>;
  let endpointId: string;
  let secret: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    hooks = await receiver();
    const created = await ok(gw, CREATE, { input: { url: hooks.url, events: ['route.phase_changed'], description: 'Partner CRM' } }, { token: admin });
    endpointId = created.endpoint.id;
    secret = created.signingSecret;
    programmeId = await createProgramme(gw, admin);
  });
  afterAll(async () => {
    await hooks.close();
    await gw.close();
  });

  /** Waits for the dispatcher, which sends after the commit. */
  const settled = () => gw.gateway.runtime.webhooks!.idle();
  const deliveries = async () => (await ok(gw, DELIVERIES, { endpointId }, { token: admin })).edges.map((e: { node: unknown }) => e.node);

  it('sends a signed event after the change commits', async () => {
    const route = await createRoute(gw, admin, { programmeId });
    await ok(gw, ADVANCE, { id: route.id, version: route.version }, { token: admin });
    await settled();
    expect(hooks.received).toHaveLength(1);
    const [hit] = hooks.received;
    expect(hit.headers['x-lr-event']).toBe('route.phase_changed');
    expect(verifySignature(secret, hit.body, String(hit.headers['x-lr-signature']))).toBe(true);
    expect(verifySignature('whsec_wrong', hit.body, String(hit.headers['x-lr-signature']))).toBe(false);
    expect(JSON.parse(hit.body)).toMatchObject({ type: 'route.phase_changed', data: { id: route.id, from: 'PLANNING', to: 'SYSTEMATIZATION' } });
    expect((await deliveries())[0]).toMatchObject({ status: 'DELIVERED', attempts: 1, lastResponseStatus: 200, lastResponseBody: 'thanks' });
  });

  it('sends nothing for a change that rolled back', async () => {
    const before = hooks.received.length;
    const route = await createRoute(gw, admin, { programmeId });
    const stale = await gw.graphql(ADVANCE, { id: route.id, version: route.version + 7 }, { token: admin });
    expect(stale.errors![0].extensions!['code']).toBe('CONFLICT');
    await settled();
    expect(hooks.received).toHaveLength(before);
    expect(await gw.dataSource.query(`SELECT 1 FROM outbox_event WHERE payload->>'id' = $1`, [route.id])).toEqual([]);
  });

  it('records a failed answer, retries later, and sends again on replay', async () => {
    hooks.answer(503);
    const route = await createRoute(gw, admin, { programmeId });
    await ok(gw, ADVANCE, { id: route.id, version: route.version }, { token: admin });
    await settled();
    const [failed] = await deliveries();
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, lastResponseStatus: 503, lastResponseBody: 'try later' });
    const [{ next }] = await gw.dataSource.query(`SELECT next_attempt_at > now() + interval '20 seconds' AS next FROM webhook_delivery WHERE id = $1`, [failed.id]);
    expect(next).toBe(true);

    hooks.answer(200);
    dataOf(await gw.graphql(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { status } }`, { id: failed.id }, { token: admin }));
    await settled();
    expect((await deliveries())[0]).toMatchObject({ id: failed.id, status: 'DELIVERED', lastResponseStatus: 200 });
  });

  it('loses nothing when a gateway stops mid-way: another picks the delivery up once its lease ends', async () => {
    const route = await createRoute(gw, admin, { programmeId });
    const before = hooks.received.length;
    await ok(gw, ADVANCE, { id: route.id, version: route.version }, { token: admin });
    await settled();
    // As if the sender had died after leasing the delivery and before recording the answer.
    const [latest] = await deliveries();
    await gw.dataSource.query(`UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = now() - interval '1 second' WHERE id = $1`, [latest.id]);
    const replica = new WebhookDispatcher(gw.dataSource, createLogger('silent'), 0);
    expect(await replica.runOnce()).toBe(1);
    expect(hooks.received.length).toBe(before + 2);
  });

  it('refuses event types nobody publishes, naming the field', async () => {
    const res = await gw.graphql(CREATE, { input: { url: hooks.url, events: ['route.phase_changed', 'route.exploded'] } }, { token: admin });
    expect(fieldsOf(res)).toEqual([{ path: 'input.events.1', message: expect.stringMatching(/is not an event this API publishes \(route\.phase_changed\)/) }]);
  });

  it('never shows the signing secret after creation, nor writes it to the audit trail', async () => {
    const audit = await gw.dataSource.query(`SELECT changes FROM audit_entry WHERE entity_type = 'WebhookEndpoint' AND entity_id = $1`, [endpointId]);
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).toContain('[redacted]');
  });
});
