import { Ctx, Mutation, Resolver } from 'type-graphql';
import {
  Allow,
  ConflictError,
  Language,
  MAIL_MAX_ATTEMPTS,
  MailDispatcher,
  RequestContext,
  Role,
  createLogger,
  inviteUser,
  platformModule,
  queueMail,
  type DomainModule,
  type UserPrincipal,
} from '@lr/server-core';
import { startTestGateway, startTestSmtpServer, type TestGateway, type TestSmtpServer } from '@lr/server-core/testing';
import { coreDomainModule } from '../src';
import { createPerson, dataOf, errorOf, fieldsOf, ok } from './helpers';

/** A test-only mutation that queues an e-mail and then fails, so its transaction rolls back. */
@Resolver()
class FailingMailResolver {
  @Allow.admin()
  @Mutation(() => Boolean, { description: 'Test-only: queues an e-mail, then fails' })
  async queueMailThenFail(@Ctx() ctx: RequestContext): Promise<boolean> {
    await queueMail(ctx, { to: 'rolled-back@example.org', subject: 'Never sent', text: 'This message must never leave.', kind: 'test' });
    throw new ConflictError('Failing on purpose, after queueing an e-mail');
  }
}
const failingModule: DomainModule = { name: 'failing', description: 'Test-only', entities: [], resolvers: [FailingMailResolver], migrations: [] };

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email displayName role active language personId invitationPending version } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { token expiresAt user { id email active invitationPending personId } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
const MESSAGES = `query($filter: MailMessageFilter) { mailMessages(first: 20, filter: $filter) { totalCount edges { node { id kind to toName subject status attempts lastError sentAt language } } } }`;
const MESSAGE = `query($id: ID!) { mailMessage(id: $id) { id to subject text html status attempts lastError nextAttemptAt sentAt messageId } }`;
const RETRY = `mutation($id: ID!) { retryMailMessage(id: $id) { id status attempts } }`;
const PASSWORD = 'a password long enough';

let counter = 0;
const address = (name: string) => `${name}.${++counter}.${Date.now()}@invited.example`;
/** The one-time token of the link in an e-mail's text. */
const tokenIn = (text: string) => /\/welcome\?token=([A-Za-z0-9_-]{43})&lang=[a-z]{2}(\s|$)/.exec(text)?.[1] ?? '';

describe('e-mail through a real SMTP server, and invitations', () => {
  let gw: TestGateway;
  // Each message records whether the invited account was committed when it arrived.
  let smtp: TestSmtpServer<boolean>;
  let admin: string;

  beforeAll(async () => {
    smtp = await startTestSmtpServer(async (mail) => {
      const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? '';
      return (await gw.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [to])).length === 1;
    });
    gw = await startTestGateway([platformModule, coreDomainModule, failingModule], { SMTP_URL: smtp.url, PORTAL_URL: 'https://portal.example.org/' });
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(async () => {
    await gw?.close();
    await smtp?.close();
  });

  /** Waits for the mail dispatcher, which sends after the commit. */
  const settled = () => gw.gateway.runtime.mail!.idle();
  const receivedBy = (email: string) => smtp.received.filter((r) => r.mail.to && !Array.isArray(r.mail.to) && r.mail.to.value[0]?.address === email);
  const messageTo = async (email: string) => (await ok(gw, MESSAGES, { filter: { search: email } }, { token: admin })).edges.map((e: { node: unknown }) => e.node);
  const invite = (input: Record<string, unknown>) => ok(gw, INVITE, { input: { displayName: 'Invited Person', role: 'VIEWER', ...input } }, { token: admin });

  it('sends the invitation once the mutation has committed, with a link to the portal', async () => {
    const email = address('ana');
    const user = await invite({ email, displayName: 'Ana Quispe' });
    expect(user).toMatchObject({ email, displayName: 'Ana Quispe', role: 'VIEWER', active: false, language: 'EN', personId: null, invitationPending: true });
    await settled();
    const [hit] = receivedBy(email);
    expect(hit.seen).toBe(true);
    expect(hit.mail.subject).toBe('Your invitation to Learning Routes');
    expect(hit.mail.from?.value).toEqual([{ name: 'Learning Routes', address: 'no-reply@learning-routes.local' }]);
    expect(hit.mail.to).toMatchObject({ value: [{ address: email, name: 'Ana Quispe' }] });
    expect(hit.mail.text).toMatch(/^Hello Ana Quispe,/);
    expect(hit.mail.text).toMatch(/https:\/\/portal\.example\.org\/welcome\?token=[A-Za-z0-9_-]{43}&lang=en\n/);
    expect(hit.mail.html).toContain(`href="https://portal.example.org/welcome?token=${tokenIn(hit.mail.text ?? '')}&amp;lang=en"`);
    expect(hit.mail.headers.get('auto-submitted')).toBe('auto-generated');
    const [message] = await messageTo(email);
    expect(message).toMatchObject({ kind: 'invitation', to: email, toName: 'Ana Quispe', status: 'SENT', attempts: 1, lastError: null, language: 'EN' });
    expect(Date.parse(message.sentAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps the message from the SMTP server while the transaction is open, even when the dispatcher is nudged', async () => {
    const email = address('pending');
    const principal: UserPrincipal = { kind: 'user', userId: gw.gateway.runtime.tokens.verify(admin)!, email: 'admin@test.example', displayName: 'Test Admin', role: Role.ADMIN, modules: [], personId: null };
    const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime, principal });
    await ctx.transaction(async () => {
      await inviteUser(ctx, { email, displayName: 'Not Yet', role: Role.VIEWER, language: Language.EN });
      gw.gateway.runtime.mail!.kick();
      await settled();
      expect(receivedBy(email)).toEqual([]);
    });
    await settled();
    expect(receivedBy(email)).toHaveLength(1);
  });

  it('sends nothing and leaves no row when the mutation that queued the e-mail fails', async () => {
    const before = smtp.received.length;
    errorOf(await gw.graphql(`mutation { queueMailThenFail }`, {}, { token: admin }), 'CONFLICT');
    await settled();
    expect(smtp.received).toHaveLength(before);
    expect(await gw.dataSource.query(`SELECT 1 FROM mail_message WHERE to_address = 'rolled-back@example.org'`)).toEqual([]);
  });

  it('writes in the invited user’s language', async () => {
    const email = address('fatou');
    await invite({ email, displayName: 'Fatou Diop', language: 'FR' });
    await settled();
    const [{ mail }] = receivedBy(email);
    expect(mail.subject).toBe('Votre invitation à Learning Routes');
    expect(mail.text).toMatch(/^Bonjour Fatou Diop,/);
    expect(mail.text).toContain('choisissez votre mot de passe');
    expect(mail.text).toMatch(/expire le \d{1,2} \S+ \d{4}/);
    expect(mail.headers.get('content-language')).toBe('fr');
    expect(mail.html).toContain('<html lang="fr">');
  });

  it('lets the link set the password once: it signs the user in, then is refused', async () => {
    const email = address('once');
    const user = await invite({ email, role: 'EDITOR', modules: ['core'] });
    await settled();
    const token = tokenIn(receivedBy(email)[0].mail.text ?? '');

    const accepted = await ok(gw, ACCEPT, { token, password: PASSWORD }, {});
    expect(accepted.user).toEqual({ id: user.id, email, active: true, invitationPending: false, personId: null });
    expect(dataOf(await gw.graphql(`{ me { id role modules } }`, {}, { token: accepted.token }))['me']).toEqual({ id: user.id, role: 'EDITOR', modules: ['core'] });
    expect(Object.keys(await ok(gw, LOGIN, { email, password: PASSWORD }, {}))).toEqual(['token']);

    const again = await gw.graphql(ACCEPT, { token, password: 'another long password' }, {});
    expect(errorOf(again, 'BAD_USER_INPUT').extensions!['fields']).toEqual([{ path: 'token', message: expect.stringMatching(/already been used/), constraint: 'invitationUsed' }]);
    // The first password still holds.
    expect(Object.keys(await ok(gw, LOGIN, { email, password: PASSWORD }, {}))).toEqual(['token']);
  });

  it('refuses an expired link, a replaced one, an unknown one, and a password that breaks the rules', async () => {
    const email = address('late');
    await invite({ email });
    await settled();
    const first = tokenIn(receivedBy(email)[0].mail.text ?? '');
    await gw.dataSource.query(`UPDATE user_invitation SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [email]);
    expect(fieldsOf(await gw.graphql(ACCEPT, { token: first, password: PASSWORD }, {}))).toEqual([{ path: 'token', message: expect.stringMatching(/expired/) }]);

    await invite({ email });
    await settled();
    const second = tokenIn(receivedBy(email)[1].mail.text ?? '');
    expect(second).not.toBe(first);
    await invite({ email });
    await settled();
    const third = tokenIn(receivedBy(email)[2].mail.text ?? '');
    const replaced = errorOf(await gw.graphql(ACCEPT, { token: second, password: PASSWORD }, {}), 'BAD_USER_INPUT');
    expect(replaced.extensions!['fields']).toEqual([{ path: 'token', message: expect.stringMatching(/replaced/), constraint: 'invitationReplaced' }]);

    const unknown = errorOf(await gw.graphql(ACCEPT, { token: 'x'.repeat(43), password: PASSWORD }, {}), 'BAD_USER_INPUT');
    expect(unknown.extensions!['fields']).toEqual([{ path: 'token', message: expect.any(String), constraint: 'invitationUnknown' }]);
    const short = errorOf(await gw.graphql(ACCEPT, { token: third, password: 'short' }, {}), 'BAD_USER_INPUT');
    expect(short.extensions!['fields']).toEqual([{ path: 'password', message: 'must be at least 10 characters long', constraint: 'minLength' }]);

    // The latest link still works: none of the refusals spent it.
    expect((await ok(gw, ACCEPT, { token: third, password: PASSWORD }, {})).user.active).toBe(true);
  });

  it('refuses to sign in an invited user who has not chosen a password, as it refuses a wrong password', async () => {
    const email = address('early');
    await invite({ email });
    for (const password of ['anything at all', PASSWORD]) {
      const refused = errorOf(await gw.graphql(LOGIN, { email, password }, {}), 'UNAUTHENTICATED');
      expect(refused.message).toBe('E-mail or password is wrong');
    }
  });

  it('reuses an account that was never activated, and refuses an e-mail that belongs to someone else’s account', async () => {
    const email = address('twice');
    const first = await invite({ email, displayName: 'First Name', role: 'VIEWER' });
    const second = await invite({ email, displayName: 'Second Name', role: 'REVIEWER', language: 'ES' });
    expect(second).toMatchObject({ id: first.id, displayName: 'Second Name', role: 'REVIEWER', language: 'ES', invitationPending: true });

    const owner = address('owner');
    await ok(gw, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { email: owner, displayName: 'Owner', password: PASSWORD, role: 'VIEWER' } }, { token: admin });
    const taken = errorOf(await gw.graphql(INVITE, { input: { email: owner.toUpperCase(), displayName: 'Impostor', role: 'ADMIN' } }, { token: admin }), 'CONFLICT');
    expect(taken.message).toMatch(/already belongs to an account that can sign in/);
    expect(taken.extensions!['email']).toBe(owner);
  });

  it('sends the same person a one-time link to set a new password, keeping what their account may do', async () => {
    const { id: personId } = await createPerson(gw, admin, { givenName: 'Amadou', familyName: 'Again' });
    const email = address('amadou');
    const user = await invite({ email, role: 'PARTICIPANT', personId });
    await settled();
    await ok(gw, ACCEPT, { token: tokenIn(receivedBy(email)[0].mail.text ?? ''), password: PASSWORD }, {});

    const again = await invite({ email, role: 'ADMIN', personId, displayName: 'Someone Else' });
    expect(again).toMatchObject({ id: user.id, role: 'PARTICIPANT', displayName: 'Invited Person', active: true, invitationPending: false });
    await settled();
    await ok(gw, ACCEPT, { token: tokenIn(receivedBy(email)[1].mail.text ?? ''), password: 'a brand new password' }, {});
    errorOf(await gw.graphql(LOGIN, { email, password: PASSWORD }, {}), 'UNAUTHENTICATED');
    expect(Object.keys(await ok(gw, LOGIN, { email, password: 'a brand new password' }, {}))).toEqual(['token']);
  });

  it('records a refused recipient, retries later with back-off, and sends when an admin retries', async () => {
    smtp.refuse(true);
    const email = address('bounce');
    await invite({ email });
    await settled();
    expect(receivedBy(email)).toEqual([]);
    const [queued] = await messageTo(email);
    const failed = await ok(gw, MESSAGE, { id: queued.id }, { token: admin });
    expect(failed).toMatchObject({ status: 'QUEUED', attempts: 1, sentAt: null, lastError: expect.stringMatching(/550.*Mailbox unavailable/) });
    expect(Date.parse(failed.nextAttemptAt)).toBeGreaterThan(Date.now() + 20_000);

    smtp.refuse(false);
    expect(await ok(gw, RETRY, { id: queued.id }, { token: admin })).toEqual({ id: queued.id, status: 'QUEUED', attempts: 0 });
    await settled();
    expect(receivedBy(email)).toHaveLength(1);
    expect(await ok(gw, MESSAGE, { id: queued.id }, { token: admin })).toMatchObject({ status: 'SENT', attempts: 1, messageId: expect.stringMatching(/^<.+>$/) });
  });

  it(`gives a message up after ${MAIL_MAX_ATTEMPTS} attempts (FAILED), until an admin retries it`, async () => {
    smtp.refuse(true);
    const email = address('gone');
    await invite({ email });
    await settled();
    const [queued] = await messageTo(email);
    await gw.dataSource.query(`UPDATE mail_message SET attempts = $2, next_attempt_at = now() - interval '1 second' WHERE id = $1`, [queued.id, MAIL_MAX_ATTEMPTS - 1]);
    expect(await gw.gateway.runtime.mail!.runOnce()).toBe(1);
    expect(await ok(gw, MESSAGE, { id: queued.id }, { token: admin })).toMatchObject({ status: 'FAILED', attempts: MAIL_MAX_ATTEMPTS, nextAttemptAt: null });
    expect(await gw.gateway.runtime.mail!.runOnce()).toBe(0);
    smtp.refuse(false);
    await ok(gw, RETRY, { id: queued.id }, { token: admin });
    await settled();
    expect(await ok(gw, MESSAGE, { id: queued.id }, { token: admin })).toMatchObject({ status: 'SENT' });
  });

  it('never sends one message twice when two gateways look for due mail at the same moment', async () => {
    const email = address('race');
    const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: { ...gw.gateway.runtime, mail: undefined } });
    await queueMail(ctx, { to: email, subject: 'Once', text: 'Only once, please.', kind: 'test' });
    const replicas = [1, 2, 3].map(() => new MailDispatcher(gw.dataSource, createLogger('silent'), { smtpUrl: smtp.url, from: 'Replica <replica@example.org>', pollSeconds: 0 }));
    const tried = await Promise.all(replicas.map((r) => r.runOnce()));
    await Promise.all(replicas.map((r) => r.stop()));
    expect(tried.reduce((a, b) => a + b, 0)).toBe(1);
    expect(receivedBy(email)).toHaveLength(1);
  });

  it('keeps the bodies and the token out of the audit trail', async () => {
    const email = address('audited');
    await invite({ email });
    await settled();
    const token = tokenIn(receivedBy(email)[0].mail.text ?? '');
    const audit = JSON.stringify(await gw.dataSource.query(`SELECT entity_type, changes FROM audit_entry WHERE entity_type IN ('MailMessage', 'UserInvitation')`));
    expect(audit).toContain('MailMessage');
    expect(audit).toContain('[redacted]');
    expect(audit).not.toContain(token);
    expect(audit).not.toContain('/welcome?token=');
  });

  it('lets a user linked to a person see that person’s own contact details, and no one else’s', async () => {
    const { id: personId } = await createPerson(gw, admin, { givenName: 'Rosa', familyName: 'Self', email: 'rosa.self@example.org', phone: '+51 1 555 0101' });
    const { id: otherId } = await createPerson(gw, admin, { givenName: 'Pablo', familyName: 'Other', email: 'pablo.other@example.org' });
    const email = address('rosa');
    const user = await invite({ email, role: 'PARTICIPANT', personId });
    expect(user.personId).toBe(personId);
    await settled();
    const { token } = await ok(gw, ACCEPT, { token: tokenIn(receivedBy(email)[0].mail.text ?? ''), password: PASSWORD }, {});
    const PERSON = `query($id: ID!) { person(id: $id) { email phone } }`;
    expect(await ok(gw, PERSON, { id: personId }, { token })).toEqual({ email: 'rosa.self@example.org', phone: '+51 1 555 0101' });
    expect(await ok(gw, PERSON, { id: otherId }, { token })).toEqual({ email: null, phone: null });
    const listed = await ok(gw, `{ people(first: 10, filter: { search: "Self" }) { edges { node { email } } } }`, {}, { token });
    expect(listed.edges).toEqual([{ node: { email: 'rosa.self@example.org' } }]);
    // Deleting a person an account belongs to is refused, naming the account.
    const [{ version }] = await gw.dataSource.query(`SELECT version FROM person WHERE id = $1`, [personId]);
    const refused = errorOf(await gw.graphql(`mutation($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) }`, { id: personId, version }, { token: admin }), 'CONFLICT');
    expect(refused.message).toMatch(/1 user account/);
  });
});

describe('e-mail without an SMTP server (held)', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, coreDomainModule], { LOGIN_IP_FREE_ATTEMPTS: '3' });
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  it('keeps the message QUEUED for admins to list and read, and the link in it works', async () => {
    expect(gw.gateway.runtime.mail!.holding).toBe(true);
    const email = address('held');
    await ok(gw, INVITE, { input: { email, displayName: 'Held Person', role: 'VIEWER', language: 'ES' } }, { token: admin });
    await gw.gateway.runtime.mail!.idle();

    const listed = await ok(gw, MESSAGES, { filter: { status: 'QUEUED', kind: 'invitation', search: 'held person' } }, { token: admin });
    expect(listed.totalCount).toBe(1);
    const [{ node }] = listed.edges;
    expect(node).toMatchObject({ kind: 'invitation', to: email, subject: 'Su invitación a Learning Routes', status: 'QUEUED', attempts: 0, sentAt: null, language: 'ES' });
    expect((await ok(gw, MESSAGES, { filter: { status: 'SENT' } }, { token: admin })).totalCount).toBe(0);

    const message = await ok(gw, MESSAGE, { id: node.id }, { token: admin });
    expect(message.text).toMatch(/^Hola, Held Person:/);
    expect(message.text).toContain('http://localhost:4200/welcome?token=');
    expect(await ok(gw, RETRY, { id: node.id }, { token: admin })).toMatchObject({ status: 'QUEUED' });

    const accepted = await ok(gw, ACCEPT, { token: tokenIn(message.text), password: PASSWORD }, {});
    expect(accepted.user).toMatchObject({ email, active: true, invitationPending: false });
  });

  it('shows the outbox to admins only', async () => {
    const [any] = (await ok(gw, MESSAGES, {}, { token: admin })).edges;
    for (const role of [Role.EDITOR, Role.VIEWER, Role.PARTICIPANT]) {
      const token = await gw.tokenFor(role, role === Role.EDITOR ? ['core'] : []);
      errorOf(await gw.graphql(MESSAGES, {}, { token }), 'FORBIDDEN');
      errorOf(await gw.graphql(MESSAGE, { id: any.node.id }, { token }), 'FORBIDDEN');
      errorOf(await gw.graphql(RETRY, { id: any.node.id }, { token }), 'FORBIDDEN');
      errorOf(await gw.graphql(INVITE, { input: { email: address('nope'), displayName: 'No', role: 'VIEWER' } }, { token }), 'FORBIDDEN');
    }
    errorOf(await gw.graphql(MESSAGES, {}, {}), 'UNAUTHENTICATED');
  });

  it('lists invited users as pending in the users list', async () => {
    const email = address('listed');
    await ok(gw, INVITE, { input: { email, displayName: 'Listed Pending', role: 'VIEWER' } }, { token: admin });
    const users = await ok(gw, `query($s: String!) { users(first: 5, filter: { search: $s }) { edges { node { email active invitationPending language } } } }`, { s: email }, { token: admin });
    expect(users.edges).toEqual([{ node: { email, active: false, invitationPending: true, language: 'EN' } }]);
  });
  it('slows down guessing links as it slows down guessing passwords: per client address', async () => {
    const guess = (i: number) => gw.graphql(ACCEPT, { token: `${i}`.padStart(43, 'g'), password: PASSWORD }, {});
    for (let i = 0; i < 3; i += 1) errorOf(await guess(i), 'BAD_USER_INPUT');
    const waited = errorOf(await guess(3), 'RATE_LIMITED');
    expect(waited.extensions!['retryAfter']).toBeGreaterThanOrEqual(1);
  });
});
