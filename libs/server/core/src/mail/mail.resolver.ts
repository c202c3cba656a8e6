import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import type { RequestContext } from '../context/request-context';
import { ConnectionType } from '../pagination/connection';
import { LookAhead, type Selection } from '../reads/selection';
import { MailMessage } from './mail-message.entity';
import { MailMessagesArgs } from './mail.inputs';
import { MailService } from './mail.service';

@ObjectType()
export class MailMessageConnection extends ConnectionType(MailMessage) {}

/** The e-mail outbox, for admins: with no SMTP_URL this is where held messages are read. */
@Resolver()
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @Allow.admin()
  @Query(() => MailMessageConnection, { description: 'E-mail the platform sent or will send, newest first' })
  mailMessages(@Ctx() ctx: RequestContext, @Args() args: MailMessagesArgs, @LookAhead() selection: Selection) {
    return this.mail.list(ctx, args, selection);
  }

  @Allow.admin()
  @Query(() => MailMessage, { description: 'One message, with its bodies' })
  mailMessage(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.mail.get(ctx, id);
  }

  @Allow.admin()
  @Mutation(() => MailMessage, { description: 'Queues a message again, at once, with its attempts counted from zero' })
  retryMailMessage(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.mail.retry(ctx, id);
  }
}
