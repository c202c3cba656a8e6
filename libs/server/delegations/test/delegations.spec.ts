import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addParticipant, adminToken, createDelegation, createRoute, errorOf, fieldsOf, ok, select, startDelegationsGateway, UNKNOWN_ID } from './helpers';

const CREATE = `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { id name kind version country { code } } }`;
const LIST = `query($filter: DelegationFilter) { delegations(first: 20, filter: $filter) { totalCount edges { node { name kind selectedCount } } } }`;

describe('delegations', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    routeId = (await createRoute(gw, await adminToken(gw))).id;
  });
  afterAll(() => gw?.close());

  it('creates a national team with its country, and requires the country for one', async () => {
    const team = await ok(gw, CREATE, { input: { routeId, name: ' Guatemala ', kind: 'NATIONAL_TEAM', countryCode: 'GT' } }, { token: editor });
    expect(team).toMatchObject({ name: 'Guatemala', kind: 'NATIONAL_TEAM', country: { code: 'GT' } });
    expect(fieldsOf(await gw.graphql(CREATE, { input: { routeId, name: 'No country', kind: 'NATIONAL_TEAM' } }, { token: editor }))).toEqual([
      { path: 'input.countryCode', message: 'is required for a national team' },
    ]);
    expect(fieldsOf(await gw.graphql(CREATE, { input: { routeId: UNKNOWN_ID, name: 'X', kind: 'STAKEHOLDER_GROUP', headPersonId: UNKNOWN_ID } }, { token: editor }))).toEqual([
      { path: 'input.routeId', message: `no learning route has the id ${UNKNOWN_ID}` },
      { path: 'input.headPersonId', message: `no person has the id ${UNKNOWN_ID}` },
    ]);
    const duplicate = await gw.graphql(CREATE, { input: { routeId, name: 'Guatemala', kind: 'NATIONAL_TEAM', countryCode: 'GT' } }, { token: editor });
    expect(errorOf(duplicate, 'CONFLICT').message).toMatch(/route id, name/);
  });

  it('filters by route, kind, country, members’ status and a search ignoring accents', async () => {
    const other = (await createRoute(gw, await adminToken(gw))).id;
    await ok(gw, CREATE, { input: { routeId: other, name: 'Bénin', kind: 'NATIONAL_TEAM', countryCode: 'BJ' } }, { token: editor });
    const alliance = await ok(gw, CREATE, { input: { routeId: other, name: 'CSO alliance', kind: 'CIVIL_SOCIETY_ALLIANCE' } }, { token: editor });
    await select(gw, editor, await addParticipant(gw, editor, alliance.id, 'CIVIL_SOCIETY'));
    const names = async (filter: object) => (await ok(gw, LIST, { filter }, { token: editor })).edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await names({ routeId: other })).toEqual(['Bénin', 'CSO alliance']);
    expect(await names({ routeId: other, kind: 'CIVIL_SOCIETY_ALLIANCE' })).toEqual(['CSO alliance']);
    expect(await names({ countryCode: 'BJ' })).toEqual(['Bénin']);
    expect(await names({ routeId: other, memberStatus: 'SELECTED' })).toEqual(['CSO alliance']);
    expect(await names({ search: 'benin' })).toEqual(['Bénin']);
    const route = await ok(gw, `query($id: ID!) { route(id: $id) { delegations { name selectedCount } } }`, { id: other }, { token: editor });
    expect(route.delegations).toEqual([{ name: 'Bénin', selectedCount: 0 }, { name: 'CSO alliance', selectedCount: 1 }]);
  });

  it('refuses to delete a delegation that has participants, naming how many, and deletes an empty one', async () => {
    const delegation = await createDelegation(gw, editor, routeId, 'STAKEHOLDER_GROUP', null);
    const p = await addParticipant(gw, editor, delegation.id, 'DONOR');
    const refused = errorOf(await gw.graphql(`mutation($id: ID!, $v: Int!) { deleteDelegation(id: $id, version: $v) }`, { id: delegation.id, v: delegation.version }, { token: editor }), 'CONFLICT');
    expect(refused.message).toMatch(/1 participant/);
    await ok(gw, `mutation($id: ID!, $v: Int!) { deleteParticipant(id: $id, version: $v) }`, { id: p.id, v: p.version }, { token: editor });
    expect(await ok(gw, `mutation($id: ID!, $v: Int!) { deleteDelegation(id: $id, version: $v) }`, { id: delegation.id, v: delegation.version }, { token: editor })).toBe(delegation.id);
  });

  it('puts a person on a route once: as a participant or in the route team', async () => {
    const delegation = await createDelegation(gw, editor, routeId);
    const p = await addParticipant(gw, editor, delegation.id);
    const again = await gw.graphql(`mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id } }`, { input: { delegationId: delegation.id, personId: p.personId, sector: 'UN' } }, { token: editor });
    expect(fieldsOf(again)).toEqual([{ path: 'input.personId', message: 'is already a participant of this route' }]);
    const team = await gw.graphql(`mutation($input: AddTeamMemberInput!) { addRouteTeamMember(input: $input) { id } }`, { input: { routeId, personId: p.personId, role: 'TRANSLATOR' } }, { token: editor });
    expect(fieldsOf(team)).toEqual([{ path: 'input.personId', message: 'is already a participant of this route' }]);
  });

  it('lets a selected participant change delegation only once waitlisted', async () => {
    const from = await createDelegation(gw, editor, routeId);
    const to = await createDelegation(gw, editor, routeId, 'NATIONAL_TEAM', 'BJ');
    const p = await select(gw, editor, await addParticipant(gw, editor, from.id));
    const res = await gw.graphql(`mutation($input: UpdateParticipantInput!) { updateParticipant(input: $input) { id } }`, { input: { id: p.id, version: p.version, delegationId: to.id } }, { token: editor });
    expect(fieldsOf(res)).toEqual([{ path: 'input.delegationId', message: 'cannot change while the participant is SELECTED; waitlist them first' }]);
  });
});
