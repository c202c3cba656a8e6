import { Role } from '@lr/server-core';
import { startTestSmtpServer, type TestGateway, type TestSmtpServer } from '@lr/server-core/testing';
import { adminToken, createApiKey, createDelegation, createPerson, createRoute, errorOf, fieldsOf, MOVE, ok, startDelegationsGateway } from './helpers';

const INVITE = `mutation($id: ID!) { inviteParticipant(participantId: $id) { email language accountCreated participant { accountStatus } } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { token } }`;

describe("participants' accounts", () => {
  let gw: TestGateway;
  let smtp: TestSmtpServer<boolean>;
  let editor: string;
  let delegationId: string;

  beforeAll(async () => {
    // Each message records whether the invited account was visible to another connection when
    // it arrived: an e-mail must never leave before its change is committed.
    smtp = await startTestSmtpServer(async (mail) => {
      const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? '';
      const rows = await gw.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [to]);
      return rows.length === 1;
    });
    gw = await startDelegationsGateway({ SMTP_URL: smtp.url, PORTAL_URL: 'https://portal.test' });
    editor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    delegationId = (await createDelegation(gw, editor, (await createRoute(gw, await adminToken(gw))).id)).id;
  });
  afterAll(async () => {
    await gw?.close();
    await smtp?.close();
  });

  async function participantSpeaking(languages: string[]) {
    const personId = await createPerson(gw, editor, 'FEMALE', { languages });
    return ok(gw, `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id version } }`, { input: { delegationId, personId, sector: 'GOVERNMENT' } }, { token: editor });
  }

  it("e-mails a one-time link in the person's language, after the commit, that makes a PARTICIPANT account", async () => {
    const before = smtp.received.length;
    const participant = await participantSpeaking(['qu', 'fr', 'en']);
    const sent = await ok(gw, INVITE, { id: participant.id }, { token: editor });
    expect(sent).toMatchObject({ language: 'fr', accountCreated: true, participant: { accountStatus: 'INVITED' } });
    const [message] = (await smtp.waitFor(before + 1)).slice(before);
    expect(message.seen).toBe(true);
    expect(message.mail.to).toMatchObject({ value: [{ address: sent.email }] });
    const token = /https:\/\/portal\.test\/welcome\?token=([\w-]+)/.exec(message.mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    expect(message.mail.text).toMatch(/mot de passe/i);
    const signedIn = await ok(gw, ACCEPT, { token, password: 'a long enough passphrase 42' }, {});
    const mine = await ok(gw, `{ myParticipations { id accountStatus } }`, {}, { token: signedIn.token });
    expect(mine).toEqual([{ id: participant.id, accountStatus: 'ACTIVE' }]);
    errorOf(await gw.graphql(ACCEPT, { token, password: 'a long enough passphrase 42' }, {}), 'BAD_USER_INPUT');
  });

  it('falls back to the route’s working language, and refuses people without an e-mail or whose selection ended', async () => {
    const spanish = await participantSpeaking(['qu']);
    expect((await ok(gw, INVITE, { id: spanish.id }, { token: editor })).language).toBe('es');
    const declined = await participantSpeaking(['en']);
    await ok(gw, MOVE, { id: declined.id, to: 'DECLINED', v: declined.version }, { token: editor });
    expect(fieldsOf(await gw.graphql(INVITE, { id: declined.id }, { token: editor }))).toEqual([
      { path: 'participantId', message: 'is DECLINED: only nominated, selected or waitlisted participants are invited' },
    ]);
    const noEmail = await createPerson(gw, editor, 'MALE', { email: null });
    const p = await ok(gw, `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id } }`, { input: { delegationId, personId: noEmail, sector: 'UN' } }, { token: editor });
    expect(fieldsOf(await gw.graphql(INVITE, { id: p.id }, { token: editor }))).toEqual([{ path: 'participantId', message: 'has no e-mail address on record: add one to the person first' }]);
  });

  /** Rows in the outbox, whatever their state: a refused change leaves none. */
  const queuedCount = async () => Number((await gw.dataSource.query(`SELECT count(*)::int AS n FROM mail_message`))[0].n);

  /** Waits until no message is queued or being sent. */
  async function outboxSettled(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const [{ n }] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM mail_message WHERE status IN ('QUEUED', 'SENDING')`);
      if (n === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the outbox did not settle');
  }

  it('invites many at once, all or nothing: one refusal and no e-mail leaves', async () => {
    const good = await participantSpeaking(['en']);
    const withdrawn = await participantSpeaking(['en']);
    await ok(gw, `mutation($id: ID!, $v: Int!) { withdrawParticipant(participantId: $id, version: $v, reason: "Left") { withdrawn { id } } }`, { id: withdrawn.id, v: withdrawn.version }, { token: editor });
    // Earlier tests' invitations may still be on their way to the SMTP server: count from a
    // settled outbox, so only this test's mail could move the counts.
    await outboxSettled();
    const queuedBefore = await queuedCount();
    const before = smtp.received.length;
    const res = await gw.graphql(`mutation($ids: [ID!]!) { inviteParticipants(participantIds: $ids) { email } }`, { ids: [good.id, withdrawn.id] }, { token: editor });
    expect(fieldsOf(res)).toEqual([{ path: 'participantIds.1', message: 'is WITHDRAWN: only nominated, selected or waitlisted participants are invited' }]);
    expect(await queuedCount()).toBe(queuedBefore);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.length).toBe(before);
    expect((await ok(gw, `query($id: ID!) { participant(id: $id) { accountStatus } }`, { id: good.id }, { token: editor })).accountStatus).toBe('NONE');
  });
  it('lists participants by their portal account, to remind the invited who have not signed up; not for partners', async () => {
    const route = await createRoute(gw, await adminToken(gw));
    const delegation = (await createDelegation(gw, editor, route.id)).id;
    const add = async () =>
      ok(gw, `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id } }`, { input: { delegationId: delegation, personId: await createPerson(gw, editor, 'FEMALE', { languages: ['en'] }), sector: 'GOVERNMENT' } }, { token: editor });
    const [none, invited, active] = [await add(), await add(), await add()];
    await ok(gw, INVITE, { id: invited.id }, { token: editor });
    const activeEmail = (await ok(gw, INVITE, { id: active.id }, { token: editor })).email;
    const [{ text }] = await gw.dataSource.query(`SELECT text_body AS text FROM mail_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`, [activeEmail]);
    await ok(gw, ACCEPT, { token: /welcome\?token=([\w-]+)/.exec(text)![1], password: 'a long enough passphrase 42' }, {});

    const LIST = `query($filter: ParticipantFilter) { participants(first: 10, filter: $filter) { totalCount edges { node { id accountStatus } } } }`;
    const listed = async (account: string) =>
      (await ok(gw, LIST, { filter: { routeId: route.id, account } }, { token: editor })).edges.map((e: { node: { id: string; accountStatus: string } }) => e.node);
    expect(await listed('NONE')).toEqual([{ id: none.id, accountStatus: 'NONE' }]);
    expect(await listed('INVITED')).toEqual([{ id: invited.id, accountStatus: 'INVITED' }]);
    expect(await listed('ACTIVE')).toEqual([{ id: active.id, accountStatus: 'ACTIVE' }]);

    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    const refused = await gw.graphql(LIST, { filter: { routeId: route.id, account: 'INVITED' } }, { apiKey: key });
    expect(fieldsOf(refused)).toEqual([{ path: 'filter.account', message: "is not available to partners' keys" }]);
  });
});
