import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';

describe('learning routes over the API', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    programmeId = await createProgramme(gw, admin);
  });
  afterAll(() => gw.close());

  it('creates a route and reads it back with its host country', async () => {
    const { id } = await createRoute(gw, editor, { programmeId, title: { en: 'Peru route', fr: 'Route du Pérou' }, startDate: '2014-06-09', endDate: '2014-06-16' });
    const res = await gw.graphql(`query($id: ID!) { route(id: $id) { title phase durationDays hostCountry { code name } programme { id } } }`, { id }, { token: editor });
    expect(res.data!['route']).toEqual({ title: 'Peru route', phase: 'PLANNING', durationDays: 8, hostCountry: { code: 'PE', name: 'Peru' }, programme: { id: programmeId } });
  });

  it('refuses a route longer than the programme allows, on the endDate field', async () => {
    const res = await gw.graphql(
      `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`,
      { input: { programmeId, title: { en: 'Too long' }, hostCountryCode: 'SN', workingLanguages: ['FR'], startDate: '2014-10-01', endDate: '2014-10-09' } },
      { token: editor },
    );
    expect(res.errors![0].extensions!['code']).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([{ path: 'input.endDate', message: 'a route lasts at most 8 days on the ground; this one lasts 9' }]);
  });
});
