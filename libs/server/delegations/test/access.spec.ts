import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addParticipant, adminToken, createApiKey, createDelegation, createRoute, errorOf, ok, participantToken, select, startDelegationsGateway } from './helpers';

const PARTICIPANT_FIELDS = `id status motivation commitmentAfter checkedInAt consents { kind given } selectionHistory { to } person { id givenName email }`;

describe('who sees what of delegations (row-level rules and the privacy policy)', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;
  let mine: { id: string; version: number; personId: string };
  let colleague: { id: string; personId: string };
  let other: { id: string; personId: string };
  let ownDelegation: string;
  let otherDelegation: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    routeId = (await createRoute(gw, await adminToken(gw))).id;
    ownDelegation = (await createDelegation(gw, editor, routeId, 'NATIONAL_TEAM', 'GT')).id;
    otherDelegation = (await createDelegation(gw, editor, routeId, 'NATIONAL_TEAM', 'BJ')).id;
    mine = await addParticipant(gw, editor, ownDelegation);
    colleague = await select(gw, editor, await addParticipant(gw, editor, ownDelegation, 'CIVIL_SOCIETY'));
    other = await select(gw, editor, await addParticipant(gw, editor, otherDelegation));
    await addParticipant(gw, editor, otherDelegation, 'UN'); // NOMINATED: not for partners
    await ok(gw, `mutation($id: ID!, $v: Int!) { updateParticipant(input: { id: $id, version: $v, motivation: "To learn" }) { id } }`, { id: other.id, v: 2 }, { token: editor });
  });
  afterAll(() => gw?.close());

  it('gives partners delegations and SELECTED participants, without internal fields or personal data', async () => {
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    const list = await ok(gw, `query($r: ID!) { participants(first: 10, filter: { routeId: $r }) { totalCount edges { node { ${PARTICIPANT_FIELDS} } } } }`, { r: routeId }, { apiKey: key });
    expect(list.totalCount).toBe(2);
    for (const { node } of list.edges) {
      expect(node).toMatchObject({ status: 'SELECTED', motivation: null, commitmentAfter: null, checkedInAt: null, consents: null, selectionHistory: null, person: { email: null } });
    }
    const delegations = await ok(gw, `query($r: ID!) { delegations(first: 10, filter: { routeId: $r }) { edges { node { name selectedCount participants { status } } } } }`, { r: routeId }, { apiKey: key });
    expect(delegations.edges.map((e: { node: { participants: unknown[] } }) => e.node.participants.length)).toEqual([1, 1]);
    // Editors see the internal fields.
    const seen = await ok(gw, `query($id: ID!) { participant(id: $id) { motivation consents { kind } } }`, { id: other.id }, { token: editor });
    expect(seen).toEqual({ motivation: 'To learn', consents: [{ kind: 'PERSONAL_DATA' }, { kind: 'PHOTOS_AND_MEDIA' }, { kind: 'SHARE_PLAN' }] });
  });

  it('shows a participant their own delegation only, never another delegation’s people', async () => {
    const token = await participantToken(gw, mine.personId);
    const list = await ok(gw, `query($r: ID!) { participants(first: 10, filter: { routeId: $r }) { edges { node { id } } } }`, { r: routeId }, { token });
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([mine.id, colleague.id].sort());
    errorOf(await gw.graphql(`query($id: ID!) { participant(id: $id) { id } }`, { id: other.id }, { token }), 'NOT_FOUND');
    const delegations = await ok(gw, `query($r: ID!) { delegations(first: 10, filter: { routeId: $r }) { edges { node { id participants { id } } } } }`, { r: routeId }, { token });
    const byId = new Map(delegations.edges.map((e: { node: { id: string; participants: unknown[] } }) => [e.node.id, e.node.participants.length]));
    expect(byId.get(ownDelegation)).toBe(2);
    expect(byId.get(otherDelegation)).toBe(0);
    // Their own e-mail they see; their colleague's (no consent) they do not.
    const people = await ok(gw, `{ myParticipations { id person { email } delegation { participants { id person { email } } } } }`, {}, { token });
    expect(people).toHaveLength(1);
    expect(people[0].person.email).toMatch(/@test\.example$/);
    const colleagueSeen = people[0].delegation.participants.find((p: { id: string }) => p.id === colleague.id);
    expect(colleagueSeen.person.email).toBeNull();
  });

  it('lets a participant edit their own application and consents, and nobody else’s', async () => {
    const token = await participantToken(gw, mine.personId);
    const updated = await ok(
      gw,
      `mutation($input: UpdateMyParticipationInput!) { updateMyParticipation(input: $input) { motivation commitmentAfter version } }`,
      { input: { id: mine.id, version: mine.version, motivation: '  Bring district committees home  ', commitmentAfter: 'Brief the minister' } },
      { token },
    );
    expect(updated).toMatchObject({ motivation: 'Bring district committees home', commitmentAfter: 'Brief the minister' });
    const consents = await ok(
      gw,
      `mutation($input: RecordConsentsInput!) { recordMyConsents(input: $input) { consents { kind given date recordedBy } } }`,
      { input: { participantId: mine.id, version: updated.version, consents: [{ kind: 'PHOTOS_AND_MEDIA', given: false }] } },
      { token },
    );
    expect(consents.consents[1]).toEqual({ kind: 'PHOTOS_AND_MEDIA', given: false, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), recordedBy: 'A participant' });
    const theirs = await gw.graphql(`mutation($input: UpdateMyParticipationInput!) { updateMyParticipation(input: $input) { id } }`, { input: { id: colleague.id, version: 2, motivation: 'x' } }, { token });
    errorOf(theirs, 'FORBIDDEN');
    // Participants cannot use the editors' mutations.
    errorOf(await gw.graphql(`mutation($id: ID!) { changeSelectionStatus(participantId: $id, toStatus: SELECTED, version: 1) { id } }`, { id: mine.id }, { token }), 'FORBIDDEN');
  });

  it('refuses consent dated in the future, naming the field', async () => {
    const res = await gw.graphql(
      `mutation($input: RecordConsentsInput!) { recordParticipantConsents(input: $input) { id } }`,
      { input: { participantId: other.id, version: 3, consents: [{ kind: 'SHARE_PLAN', given: true, date: '2999-01-01' }] } },
      { token: editor },
    );
    expect(errorOf(res, 'BAD_USER_INPUT').extensions!['fields']).toEqual([{ path: 'input.consents.0.date', message: 'cannot be in the future' }]);
  });

  it('shows a participant user with no person on record nothing', async () => {
    const token = await gw.tokenFor(Role.PARTICIPANT);
    const list = await ok(gw, `query($r: ID!) { participants(first: 10, filter: { routeId: $r }) { totalCount } }`, { r: routeId }, { token });
    expect(list.totalCount).toBe(0);
    expect(await ok(gw, `{ myParticipations { id } }`, {}, { token })).toEqual([]);
  });
});
