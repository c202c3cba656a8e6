import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../auth/allow';
import { User } from '../../auth/user.entity';
import type { RequestContext } from '../../context/request-context';
import { UnauthenticatedError } from '../../errors';
import { AuthService } from './auth.service';
import { LoginInput, LoginResult } from './login.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Allow.public()
  @Mutation(() => LoginResult, { description: 'Exchanges e-mail and password for a bearer token' })
  login(@Ctx() ctx: RequestContext, @Arg('input') input: LoginInput): Promise<LoginResult> {
    return this.auth.login(ctx, input);
  }

  @Allow.user()
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() ctx: RequestContext): Promise<User> {
    if (ctx.principal.kind !== 'user') throw new UnauthenticatedError();
    return ctx.repo(User).findOneByOrFail({ id: ctx.principal.userId });
  }
}
