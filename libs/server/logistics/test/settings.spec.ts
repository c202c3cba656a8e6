import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createRoute, errorOf, fieldsOf, logisticsEditor, ok, startLogisticsGateway } from './helpers';

const SETTINGS = `query($routeId: ID!) { routeLogistics(routeId: $routeId) { id version routeId timeZone capitalCity } }`;
const UPDATE = `mutation($input: UpdateRouteLogisticsInput!) { updateRouteLogistics(input: $input) { version timeZone capitalCity } }`;

describe("a route's logistics settings", () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    editor = await logisticsEditor(gw);
  });
  afterAll(() => gw?.close());

  it("start from the host country's time zone", async () => {
    const peru = await createRoute(gw);
    expect(await ok(gw, SETTINGS, { routeId: peru.id }, { token: editor })).toMatchObject({ timeZone: 'America/Lima', capitalCity: null });
    const zambia = await createRoute(gw, { hostCountryCode: 'ZM' });
    expect((await ok(gw, SETTINGS, { routeId: zambia.id }, { token: editor })).timeZone).toBe('Africa/Lusaka');
  });

  it('change at the version read; a stale version is CONFLICT', async () => {
    const route = await createRoute(gw);
    const before = await ok(gw, SETTINGS, { routeId: route.id }, { token: editor });
    const after = await ok(gw, UPDATE, { input: { routeId: route.id, version: before.version, timeZone: 'America/Bogota', capitalCity: ' Lima ' } }, { token: editor });
    expect(after).toMatchObject({ timeZone: 'America/Bogota', capitalCity: 'Lima', version: before.version + 1 });
    const stale = await gw.graphql(UPDATE, { input: { routeId: route.id, version: before.version, capitalCity: 'Cusco' } }, { token: editor });
    errorOf(stale, 'CONFLICT');
  });

  it('refuse a zone that is not an IANA zone, on the timeZone field', async () => {
    const route = await createRoute(gw);
    const { version } = await ok(gw, SETTINGS, { routeId: route.id }, { token: editor });
    const res = await gw.graphql(UPDATE, { input: { routeId: route.id, version, timeZone: 'Lima/Peru' } }, { token: editor });
    expect(fieldsOf(res)).toEqual([{ path: 'input.timeZone', message: 'Lima/Peru is not an IANA time zone such as America/Lima' }]);
  });

  it('are written by logistics editors only', async () => {
    const route = await createRoute(gw);
    const viewer = await gw.tokenFor(Role.VIEWER);
    const { version } = await ok(gw, SETTINGS, { routeId: route.id }, { token: viewer });
    const res = await gw.graphql(UPDATE, { input: { routeId: route.id, version, capitalCity: 'Lima' } }, { token: viewer });
    errorOf(res, 'FORBIDDEN');
  });
});
