import { Service } from '../../module/service-container';
import { RequestContext, type QueryRunnerData } from '../../context/request-context';
import { UnauthenticatedError, type DomainError } from '../../errors';
import { LoginThrottleService } from '../login-throttle/login-throttle.service';
import { User } from '../../auth/user.entity';
import { verifyPassword } from '../../auth/password';
import type { LoginInput, LoginResult } from './login.types';

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
      principal: { kind: 'user', userId: user.id, email: user.email, displayName: user.displayName, role: user.role, modules: user.modules },
    });
    try {
      return await work();
    } finally {
      data.ctx = previous;
    }
  }
}
