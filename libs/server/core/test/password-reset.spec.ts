import { platformModule, Role } from '../src';
import { constraintsOf, errorOf, ok, startTestGateway, type TestGateway } from '../src/testing';
import { libraryModule, uniqueEmail, UPDATE_USER } from './support';

const RESET = `mutation($userId: ID!) { sendPasswordReset(userId: $userId) { expiresAt user { id email active invitationPending } } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id version } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { token user { id active } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
const FIRST_PASSWORD = 'the first long password';
const NEW_PASSWORD = 'a brand new long password';

interface Mail {
  kind: string;
  subject: string;
  text: string;
  html: string;
}

// The password reset link: an admin sends it, the user chooses a new password through the
// welcome page's mutation, and only the latest, unexpired, unused link of an active account works.
describe('password reset by e-mail link', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule], { PORTAL_URL: 'https://portal.example.org/' });
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  /** The e-mails queued for `email` (held in the outbox: no SMTP here), oldest first. */
  const mailsTo = async (email: string): Promise<Mail[]> =>
    gw.dataSource.query(`SELECT kind, subject, text_body AS text, html_body AS html FROM mail_message WHERE to_address = $1 ORDER BY created_at, id`, [email]);
  /** The token of the reset link in an e-mail's text. */
  const tokenIn = (mail: Mail) => /\/welcome\?token=([A-Za-z0-9_-]{43})&lang=[a-z]{2}&purpose=reset\n/.exec(mail.text)?.[1] ?? '';
  const lastResetToken = async (email: string) => tokenIn((await mailsTo(email)).filter((m) => m.kind === 'password-reset').at(-1)!);

  /** An account that signed up through its invitation, with FIRST_PASSWORD, in `language`. */
  async function signedUpUser(language = 'EN'): Promise<{ id: string; email: string }> {
    const email = uniqueEmail('reset');
    const { id } = await ok(gw, INVITE, { input: { email, displayName: 'Rosa Reset', role: 'VIEWER', language } }, { token: admin });
    const [invitation] = await mailsTo(email);
    const token = /\/welcome\?token=([A-Za-z0-9_-]{43})/.exec(invitation.text)![1];
    await ok(gw, ACCEPT, { token, password: FIRST_PASSWORD }, {});
    return { id, email };
  }
  const signIn = (email: string, password: string) => gw.graphql(LOGIN, { email, password }, {});

  it('e-mails a link valid 24 hours, stores only its hash, and keeps the old password until it is used', async () => {
    const user = await signedUpUser();
    const sent = await ok(gw, RESET, { userId: user.id }, { token: admin });
    expect(sent.user).toEqual({ id: user.id, email: user.email, active: true, invitationPending: false });
    const hours = (Date.parse(sent.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    const mail = (await mailsTo(user.email)).at(-1)!;
    expect(mail).toMatchObject({ kind: 'password-reset', subject: 'Choose a new password for Learning Routes' });
    expect(mail.text).toMatch(/^Hello Rosa Reset,/);
    expect(mail.text).toContain('has sent you a link to choose a new password');
    expect(mail.text).not.toMatch(/invit/i);
    const token = tokenIn(mail);
    expect(token).toHaveLength(43);
    expect(mail.html).toContain(`href="https://portal.example.org/welcome?token=${token}&amp;lang=en&amp;purpose=reset"`);

    const links = await gw.dataSource.query(`SELECT purpose, token_hash, used_at, revoked_at FROM user_invitation WHERE user_id = $1 ORDER BY created_at`, [user.id]);
    expect(links.map((l: { purpose: string }) => l.purpose)).toEqual(['INVITATION', 'PASSWORD_RESET']);
    expect(links[1]).toMatchObject({ used_at: null, revoked_at: null });
    expect(links[1].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(links)).not.toContain(token);

    // Sending the link changed nothing yet: the old password still signs in.
    expect(Object.keys(await ok(gw, LOGIN, { email: user.email, password: FIRST_PASSWORD }, {}))).toEqual(['token']);
  });

  it('sets the new password through the link once: the old one then fails, and the link is refused', async () => {
    const user = await signedUpUser();
    await ok(gw, RESET, { userId: user.id }, { token: admin });
    const token = await lastResetToken(user.email);

    const accepted = await ok(gw, ACCEPT, { token, password: NEW_PASSWORD }, {});
    expect(accepted.user).toEqual({ id: user.id, active: true });
    expect(Object.keys(await ok(gw, LOGIN, { email: user.email, password: NEW_PASSWORD }, {}))).toEqual(['token']);
    expect(errorOf(await signIn(user.email, FIRST_PASSWORD), 'UNAUTHENTICATED').message).toBe('E-mail or password is wrong');

    expect(constraintsOf(await gw.graphql(ACCEPT, { token, password: 'yet another long password' }, {}))).toEqual([{ path: 'token', constraint: 'invitationUsed' }]);
    // The refused second use changed nothing.
    expect(Object.keys(await ok(gw, LOGIN, { email: user.email, password: NEW_PASSWORD }, {}))).toEqual(['token']);
  });

  it('signs out every session signed before the new password, whoever set it', async () => {
    const PING = '{ libraryPing }';
    const user = await signedUpUser();
    const before = (await ok(gw, LOGIN, { email: user.email, password: FIRST_PASSWORD }, {})).token as string;
    expect(await ok(gw, PING, {}, { token: before })).toBe('pong');
    // Tokens carry whole seconds; one signed in the very second of the change still counts.
    await new Promise((resolve) => setTimeout(resolve, 1100));

    await ok(gw, RESET, { userId: user.id }, { token: admin });
    const { token: after } = await ok(gw, ACCEPT, { token: await lastResetToken(user.email), password: NEW_PASSWORD }, {});
    expect(errorOf(await gw.graphql(PING, {}, { token: before }), 'UNAUTHENTICATED').message).toBe('The password of this account was changed after you signed in; sign in again');
    expect(await ok(gw, PING, {}, { token: after })).toBe('pong');

    // An admin setting a password through the API does the same.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const { version } = (await gw.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]))[0];
    await ok(gw, UPDATE_USER, { input: { id: user.id, version, password: 'an admin chose this one' } }, { token: admin });
    errorOf(await gw.graphql(PING, {}, { token: after }), 'UNAUTHENTICATED');
  });

  it('refuses an expired link, one replaced by a newer reset, and one voided by a deactivation', async () => {
    const user = await signedUpUser();
    await ok(gw, RESET, { userId: user.id }, { token: admin });
    const expired = await lastResetToken(user.email);
    await gw.dataSource.query(`UPDATE user_invitation SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'PASSWORD_RESET'`, [user.id]);
    expect(constraintsOf(await gw.graphql(ACCEPT, { token: expired, password: NEW_PASSWORD }, {}))).toEqual([{ path: 'token', constraint: 'invitationExpired' }]);

    await ok(gw, RESET, { userId: user.id }, { token: admin });
    const replaced = await lastResetToken(user.email);
    await ok(gw, RESET, { userId: user.id }, { token: admin });
    const latest = await lastResetToken(user.email);
    expect(latest).not.toBe(replaced);
    expect(constraintsOf(await gw.graphql(ACCEPT, { token: replaced, password: NEW_PASSWORD }, {}))).toEqual([{ path: 'token', constraint: 'invitationReplaced' }]);

    // A deactivation voids the open link: it must not let the account back in.
    const [{ version }] = await gw.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]);
    await ok(gw, UPDATE_USER, { input: { id: user.id, version, active: false } }, { token: admin });
    expect(constraintsOf(await gw.graphql(ACCEPT, { token: latest, password: NEW_PASSWORD }, {}))).toEqual([{ path: 'token', constraint: 'invitationReplaced' }]);
    const [row] = await gw.dataSource.query(`SELECT active FROM app_user WHERE id = $1`, [user.id]);
    expect(row.active).toBe(false);
    // None of the refused links changed the password.
    expect(errorOf(await signIn(user.email, FIRST_PASSWORD), 'UNAUTHENTICATED').message).toBe('This account is disabled');
  });

  it('refuses a deactivated account and one that never signed up, with their constraint, and queues nothing', async () => {
    const user = await signedUpUser();
    const [{ version }] = await gw.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]);
    await ok(gw, UPDATE_USER, { input: { id: user.id, version, active: false } }, { token: admin });
    const deactivated = errorOf(await gw.graphql(RESET, { userId: user.id }, { token: admin }), 'CONFLICT');
    expect(deactivated.extensions).toMatchObject({ constraint: 'userDeactivated', userId: user.id });
    expect(deactivated.message).toMatch(/deactivated/);

    const invitedEmail = uniqueEmail('pending');
    const invited = await ok(gw, INVITE, { input: { email: invitedEmail, displayName: 'Not Yet', role: 'VIEWER' } }, { token: admin });
    const pending = errorOf(await gw.graphql(RESET, { userId: invited.id }, { token: admin }), 'CONFLICT');
    expect(pending.extensions).toMatchObject({ constraint: 'invitationPending', userId: invited.id });

    expect((await mailsTo(user.email)).map((m) => m.kind)).toEqual(['invitation']);
    expect((await mailsTo(invitedEmail)).map((m) => m.kind)).toEqual(['invitation']);
    // The refused reset left the invitation's link open.
    const open = await gw.dataSource.query(`SELECT purpose FROM user_invitation WHERE user_id = $1 AND revoked_at IS NULL`, [invited.id]);
    expect(open).toEqual([{ purpose: 'INVITATION' }]);
  });

  it('writes the reset e-mail in the user’s language', async () => {
    const expected: Record<string, [RegExp, string, RegExp]> = {
      FR: [/^Bonjour Rosa Reset,/, 'Choisissez un nouveau mot de passe pour Learning Routes', /expire le \d{1,2} \S+ \d{4}/],
      ES: [/^Hola, Rosa Reset:/, 'Elija una nueva contraseña para Learning Routes', /caduca el \d{1,2} de \S+ de \d{4}/],
    };
    for (const [language, [greeting, subject, expiry]] of Object.entries(expected)) {
      const user = await signedUpUser(language);
      await ok(gw, RESET, { userId: user.id }, { token: admin });
      const mail = (await mailsTo(user.email)).at(-1)!;
      expect(mail.subject).toBe(subject);
      expect(mail.text).toMatch(greeting);
      expect(mail.text).toMatch(expiry);
      expect(mail.text).toContain(`&lang=${language.toLowerCase()}&purpose=reset`);
      expect(mail.html).toContain(`<html lang="${language.toLowerCase()}">`);
    }
  });

  it('is for admins only, and NOT_FOUND for an unknown account', async () => {
    const user = await signedUpUser();
    for (const role of [Role.EDITOR, Role.VIEWER, Role.PARTICIPANT]) {
      const token = await gw.tokenFor(role, role === Role.EDITOR ? ['library'] : []);
      expect(errorOf(await gw.graphql(RESET, { userId: user.id }, { token }), 'FORBIDDEN').message).toContain('Mutation.sendPasswordReset');
    }
    errorOf(await gw.graphql(RESET, { userId: '00000000-0000-4000-8000-000000000000' }, { token: admin }), 'NOT_FOUND');
    errorOf(await gw.graphql(RESET, { userId: 'not-a-uuid' }, { token: admin }), 'NOT_FOUND');
    expect((await mailsTo(user.email)).map((m) => m.kind)).toEqual(['invitation']);
  });
});
