import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../../auth/allow';
import { User } from '../../auth/user.entity';
import type { RequestContext } from '../../context/request-context';
import { LookAhead, type Selection } from '../../reads/selection';
import { ConnectionType } from '../../pagination/connection';
import { CreateUserInput, InviteUserInput, PasswordResetSent, UpdateUserInput, UsersArgs } from './user.inputs';
import { UserService } from './user.service';

@ObjectType()
export class UserConnection extends ConnectionType(User) {}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Allow.admin()
  @Query(() => UserConnection)
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.admin()
  @Query(() => [String], { description: 'The modules an EDITOR may be given to write in, as `modules` names them' })
  editorModules(@Ctx() ctx: RequestContext): string[] {
    return [...ctx.runtime.moduleNames];
  }

  @Allow.admin()
  @Mutation(() => User)
  createUser(@Ctx() ctx: RequestContext, @Arg('input') input: CreateUserInput) {
    return this.service.create(ctx, input);
  }

  @Allow.admin()
  @Mutation(() => User, {
    description: 'Makes (or reuses) an account without a password and e-mails them a one-time link, valid 7 days, to choose one; they cannot sign in before',
  })
  inviteUser(@Ctx() ctx: RequestContext, @Arg('input') input: InviteUserInput) {
    return this.service.invite(ctx, input);
  }

  @Allow.admin()
  @Mutation(() => PasswordResetSent, {
    description:
      'E-mails the user, in their language, a one-time link valid 24 hours to choose a new password (`/welcome?token=…`, used with `acceptInvitation`); their other open links stop working, and their current password works until the link is used. CONFLICT (`constraint`: userDeactivated, invitationPending) for an account that cannot use it',
  })
  sendPasswordReset(@Ctx() ctx: RequestContext, @Arg('userId', () => ID) userId: string) {
    return this.service.sendPasswordReset(ctx, userId);
  }

  @Allow.admin()
  @Mutation(() => User)
  updateUser(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateUserInput) {
    return this.service.update(ctx, input);
  }
}
