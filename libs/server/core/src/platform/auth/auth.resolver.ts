import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../auth/allow';
import { User } from '../../auth/user.entity';
import type { RequestContext } from '../../context/request-context';
import { UnauthenticatedError } from '../../errors';
import { AuthService } from './auth.service';
import { LoginThrottleService } from '../login-throttle/login-throttle.service';
import { AcceptInvitationArgs, LoginInput, LoginResult } from './login.types';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
  ) {}

  @Allow.public()
  @Mutation(() => LoginResult, { description: 'Exchanges e-mail and password for a bearer token' })
  login(@Ctx() ctx: RequestContext, @Arg('input') input: LoginInput): Promise<LoginResult | Error> {
    return this.auth.login(ctx, input);
  }

  @Allow.public()
  @Mutation(() => LoginResult, {
    description: 'Sets the password of an invited user through their one-time link (`/welcome?token=…`), activates the account and signs them in',
  })
  acceptInvitation(@Ctx() ctx: RequestContext, @Args() args: AcceptInvitationArgs): Promise<LoginResult | Error> {
    return this.auth.acceptInvitation(ctx, args);
  }

  @Allow.admin()
  @Mutation(() => Boolean, { description: 'Lifts the sign-in lock of an account after too many failed attempts; false when it was not locked' })
  unlockSignIn(@Ctx() ctx: RequestContext, @Arg('email') email: string): Promise<boolean> {
    return this.throttle.unlock(ctx, email);
  }

  @Allow.user()
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() ctx: RequestContext): Promise<User> {
    if (ctx.principal.kind !== 'user') throw new UnauthenticatedError();
    return ctx.repo(User).findOneByOrFail({ id: ctx.principal.userId });
  }
}
