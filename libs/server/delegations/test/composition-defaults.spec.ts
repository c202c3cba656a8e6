import { Role } from '@lr/server-core';
import { COMPOSITION, createRoute, errorOf, ok, startDelegationsGateway, unique } from './helpers';
import type { TestGateway } from '@lr/server-core/testing';

const SETTING = `{ platformSetting(key: "delegations.compositionDefaults") { value version isDefault fields { name min max options } } }`;
const UPDATE = `mutation($input: UpdatePlatformSettingInput!) { updatePlatformSetting(input: $input) { value version } }`;
const SET_ROUTE = `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { settings { version } } }`;

/** The composition targets a new route starts with are an admin setting, copied onto each route as it is made. */
describe('default composition targets (run-time setting)', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  it('gives new routes the defaults of their day, and leaves older routes as they were', async () => {
    const before = await createRoute(gw, admin);
    const setting = await ok(gw, SETTING, {}, { token: admin });
    expect(setting.value).toMatchObject({ routeKind: 'NATIONAL_TEAMS', maxPeople: 26, nationalTeams: 5, teamSize: 3 });
    await ok(gw, UPDATE, { input: { key: 'delegations.compositionDefaults', version: setting.version, value: { ...setting.value, maxPeople: 30, teamSize: 4 } } }, { token: admin });

    const after = await createRoute(gw, admin);
    const older = await ok(gw, COMPOSITION, { routeId: before.id }, { token: admin });
    const newer = await ok(gw, COMPOSITION, { routeId: after.id }, { token: admin });
    expect(older.settings).toMatchObject({ maxPeople: 26, teamSize: 3, version: 1 });
    expect(older.isDefault).toBe(false);
    expect(newer.settings).toMatchObject({ maxPeople: 30, teamSize: 4, version: 1 });
    expect(newer.isDefault).toBe(true);
    expect(newer.rules.find((r: { code: string }) => r.code === 'ROUTE_SIZE')).toMatchObject({ max: 30 });
  });

  it('lets a programme set its own defaults for its routes, and go back to the platform’s', async () => {
    const programme = await ok(gw, `mutation { createProgramme(input: { name: { en: "Civil society" } }) { id version } }`, {}, { token: admin });
    const routeIn = async (programmeId: string) =>
      ok(gw, `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`, { input: { programmeId, title: { en: unique('Route') }, hostCountryCode: 'ZM', workingLanguages: ['EN'] } }, { token: admin });
    const PROGRAMME_SETTINGS = `query($id: ID!) { programmeSettings(programmeId: $id) { key value stored version isDefault defaultValue } }`;
    const own = (await ok(gw, PROGRAMME_SETTINGS, { id: programme.id }, { token: admin })).find((s: { key: string }) => s.key === 'delegations.compositionDefaults');
    const platform = (await ok(gw, SETTING, {}, { token: admin })).value;
    expect(own).toMatchObject({ stored: false, version: 0, isDefault: true, value: platform, defaultValue: platform });

    // An editor of programmes sets it; an editor of delegations may not.
    const value = { ...platform, routeKind: 'CIVIL_SOCIETY', minParticipants: 21, maxParticipants: 24, minAlliances: 7 };
    const UPDATE_OWN = `mutation($id: ID!, $input: UpdatePlatformSettingInput!) { updateProgrammeSetting(programmeId: $id, input: $input) { stored version value } }`;
    const input = { key: 'delegations.compositionDefaults', version: 0, value };
    errorOf(await gw.graphql(UPDATE_OWN, { id: programme.id, input }, { token: await gw.tokenFor(Role.EDITOR, ['delegations']) }), 'FORBIDDEN');
    const saved = await ok(gw, UPDATE_OWN, { id: programme.id, input }, { token: await gw.tokenFor(Role.EDITOR, ['core']) });
    expect(saved).toMatchObject({ stored: true, version: 1, value: { routeKind: 'CIVIL_SOCIETY' } });

    const inProgramme = await routeIn(programme.id);
    const elsewhere = await createRoute(gw, admin);
    expect((await ok(gw, COMPOSITION, { routeId: inProgramme.id }, { token: admin })).settings.routeKind).toBe('CIVIL_SOCIETY');
    expect((await ok(gw, COMPOSITION, { routeId: elsewhere.id }, { token: admin })).settings.routeKind).toBe('NATIONAL_TEAMS');

    // Dropping its own value (at the version read): its next routes follow the platform again.
    const CLEAR = `mutation($id: ID!, $key: ID!, $v: Int!) { clearProgrammeSetting(programmeId: $id, key: $key, version: $v) { stored version value } }`;
    errorOf(await gw.graphql(CLEAR, { id: programme.id, key: 'delegations.compositionDefaults', v: 0 }, { token: admin }), 'CONFLICT');
    expect(await ok(gw, CLEAR, { id: programme.id, key: 'delegations.compositionDefaults', v: 1 }, { token: admin })).toMatchObject({ stored: false, version: 0, value: platform });
    expect((await ok(gw, COMPOSITION, { routeId: (await routeIn(programme.id)).id }, { token: admin })).settings.routeKind).toBe('NATIONAL_TEAMS');
    // The route made meanwhile keeps what it was made with.
    expect((await ok(gw, COMPOSITION, { routeId: inProgramme.id }, { token: admin })).settings.routeKind).toBe('CIVIL_SOCIETY');
  });

  it('names an unknown programme, and takes a deleted programme’s settings with it', async () => {
    const UNKNOWN = '00000000-0000-4000-8000-000000000000';
    errorOf(await gw.graphql(`query($id: ID!) { programmeSettings(programmeId: $id) { key } }`, { id: UNKNOWN }, { token: admin }), 'NOT_FOUND');
    const setting = await ok(gw, SETTING, {}, { token: admin });
    const unknown = await gw.graphql(`mutation($id: ID!, $input: UpdatePlatformSettingInput!) { updateProgrammeSetting(programmeId: $id, input: $input) { stored } }`, {
      id: UNKNOWN,
      input: { key: 'delegations.compositionDefaults', version: 0, value: setting.value },
    }, { token: admin });
    expect(errorOf(unknown, 'BAD_USER_INPUT').extensions!['fields']).toEqual([expect.objectContaining({ path: 'programmeId' })]);

    const programme = await ok(gw, `mutation { createProgramme(input: { name: { en: "Short-lived" } }) { id version } }`, {}, { token: admin });
    await ok(gw, `mutation($id: ID!, $input: UpdatePlatformSettingInput!) { updateProgrammeSetting(programmeId: $id, input: $input) { stored } }`, {
      id: programme.id,
      input: { key: 'delegations.compositionDefaults', version: 0, value: { ...setting.value, teamSize: 2 } },
    }, { token: admin });
    await ok(gw, `mutation($id: ID!, $v: Int!) { deleteProgramme(id: $id, version: $v) }`, { id: programme.id, v: programme.version }, { token: admin });
    const [{ left }] = await gw.dataSource.query(`SELECT count(*)::int AS left FROM platform_setting WHERE scope = $1`, [`programme:${programme.id}`]);
    expect(left).toBe(0);
  });

  it('checks the setting with the bounds and rule of a route’s own targets', async () => {
    const setting = await ok(gw, SETTING, {}, { token: admin });
    const bounds = Object.fromEntries(setting.fields.map((f: { name: string; min: number; max: number }) => [f.name, [f.min, f.max]]));
    expect(bounds['maxGenderSharePercent']).toEqual([34, 100]);
    const route = await createRoute(gw, admin);
    // The same out-of-bounds value is refused by both, at the same field.
    const own = await gw.graphql(SET_ROUTE, { input: { routeId: route.id, version: 1, maxGenderSharePercent: 30 } }, { token: admin });
    expect(errorOf(own, 'BAD_USER_INPUT').extensions!['fields']).toEqual([expect.objectContaining({ path: 'input.maxGenderSharePercent' })]);
    const platform = await gw.graphql(UPDATE, { input: { key: 'delegations.compositionDefaults', version: setting.version, value: { ...setting.value, maxGenderSharePercent: 30 } } }, { token: admin });
    expect(errorOf(platform, 'BAD_USER_INPUT').extensions!['fields']).toEqual([expect.objectContaining({ path: 'input.value.maxGenderSharePercent', constraint: 'settingRange' })]);
    // And the rule across targets, in the same words.
    const crossOwn = await gw.graphql(SET_ROUTE, { input: { routeId: route.id, version: 1, minParticipants: 30, maxParticipants: 25 } }, { token: admin });
    const crossPlatform = await gw.graphql(UPDATE, { input: { key: 'delegations.compositionDefaults', version: setting.version, value: { ...setting.value, minParticipants: 30, maxParticipants: 25 } } }, { token: admin });
    const [a] = errorOf(crossOwn, 'BAD_USER_INPUT').extensions!['fields'] as { message: string; constraint: string }[];
    const [b] = errorOf(crossPlatform, 'BAD_USER_INPUT').extensions!['fields'] as { message: string; constraint: string }[];
    expect(b).toEqual({ ...a, path: 'input.value.minParticipants' });
  });
});
