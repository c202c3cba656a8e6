import { Service } from '../../module/service-container';
import { RequestContext, type QueryRunnerData } from '../../context/request-context';
import { UnauthenticatedError, type DomainError } from '../../errors';
import { LoginThrottleService } from '../login-throttle/login-throttle.service';
import { User } from '../../auth/user.entity';
import { hashPassword, verifyPassword } from '../../auth/password';
import { InvitationTokenError } from '../../invitations/invitation-error';
import { openInvitation } from '../../invitations/open-invitation';
import { UserInvitation } from '../../invitations/user-invitation.entity';
import type { AcceptInvitationArgs, LoginInput, LoginResult } from './login.types';

// Compared against when the e-mail is unknown, so both failures take the same time.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';

@Service()
export class AuthService {
  constructor(private readonly throttle: LoginThrottleService) {}

  /**
   * Signs in, or returns (not throws) the refusal: a refused attempt is counted in the same
   * transaction, which must therefore commit; GraphQL reports a returned error like a thrown one.
   */
  async login(ctx: RequestContext, input: LoginInput): Promise<LoginResult | DomainError> {
    const email = input.email.trim().toLowerCase();
    const waiting = await this.throttle.refusal(ctx, email);
    if (waiting) return waiting;
    const user = await ctx.repo(User).findOneBy({ email });
    // An invited user who has not chosen a password yet is refused like a wrong password.
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      await this.throttle.recordFailure(ctx, email);
      return new UnauthenticatedError('E-mail or password is wrong');
    }
    if (!user.active) throw new UnauthenticatedError('This account is disabled');
    await this.throttle.recordSuccess(ctx, email);
    user.lastLoginAt = new Date();
    await this.asSignedInUser(ctx, user, () => ctx.repo(User).save(user));
    const { token, expiresAt } = ctx.runtime.tokens.sign(user.id);
    return { token, expiresAt, user };
  }

  /**
   * Sets the password of an invited user through their one-time link, activates the account and
   * signs them in (the same answer as `login`). A link that is unknown, used, replaced by a newer
   * invitation or expired is BAD_USER_INPUT on `token` (`InvitationTokenError`); unknown links
   * count as failed attempts of the caller's address, as failed sign-ins do, and are returned
   * rather than thrown so that count commits.
   */
  async acceptInvitation(ctx: RequestContext, args: AcceptInvitationArgs): Promise<LoginResult | DomainError> {
    const waiting = await this.throttle.refusal(ctx, null);
    if (waiting) return waiting;
    let opened: Awaited<ReturnType<typeof openInvitation>>;
    try {
      opened = await openInvitation(ctx, args.token.trim());
    } catch (error) {
      if (!(error instanceof InvitationTokenError)) throw error;
      if (error.problem === 'unknown') await this.throttle.recordFailure(ctx, null);
      return error;
    }
    const { invitation, user } = opened;
    const now = new Date();
    // A new password signs out every earlier session (a reset after a lost or leaked password).
    Object.assign(user, { passwordHash: await hashPassword(args.password), active: true, lastLoginAt: now, sessionsFrom: now });
    invitation.usedAt = now;
    await this.asSignedInUser(ctx, user, async () => {
      await ctx.repo(User).save(user);
      await ctx.repo(UserInvitation).save(invitation);
    });
    // A lock from failed sign-ins ends with the new password.
    await this.throttle.recordSuccess(ctx, user.email);
    ctx.afterCommit(() => ctx.runtime.principals.forgetUser(user.id));
    const { token, expiresAt } = ctx.runtime.tokens.sign(user.id);
    return { token, expiresAt, user };
  }

  /**
   * The request is anonymous until the password checks out; from then on the sign-in is the
   * user's own act, so the audit trail records it under their name rather than as `system`.
   */
  private async asSignedInUser<T>(ctx: RequestContext, user: User, work: () => Promise<T>): Promise<T> {
    const data = ctx.entityManager.queryRunner?.data as QueryRunnerData | undefined;
    if (!data) return work();
    const previous = data.ctx;
    data.ctx = new RequestContext({
      dataSource: ctx.dataSource,
      runtime: ctx.runtime,
      language: ctx.language,
      requestId: ctx.requestId,
      principal: { kind: 'user', userId: user.id, email: user.email, displayName: user.displayName, role: user.role, modules: user.modules, personId: user.personId },
    });
    try {
      return await work();
    } finally {
      data.ctx = previous;
    }
  }
}
