import type { RequestContext } from '../../context/request-context';
import { UnauthenticatedError } from '../../errors';
import { User } from '../../auth/user.entity';
import { verifyPassword } from '../../auth/password';
import type { LoginInput, LoginResult } from './login.types';

// Compared against when the e-mail is unknown, so both failures take the same time.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';

export class AuthService {
  async login(ctx: RequestContext, input: LoginInput): Promise<LoginResult> {
    const user = await ctx.repo(User).findOneBy({ email: input.email.trim().toLowerCase() });
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw new UnauthenticatedError('E-mail or password is wrong');
    if (!user.active) throw new UnauthenticatedError('This account is disabled');
    user.lastLoginAt = new Date();
    await ctx.repo(User).save(user);
    const { token, expiresAt } = ctx.runtime.tokens.sign(user.id);
    return { token, expiresAt, user };
  }
}
