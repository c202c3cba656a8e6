import type { RequestContext } from '../context/request-context';
import { findOrFail } from '../database/records';
import { lockRow } from '../database/row-lock';
import { ConflictError } from '../errors';
import { Service } from '../module/service-container';
import { paginate, type Connection } from '../pagination/connection';
import type { Selection } from '../reads/selection';
import { hasSearch, searchTerm, textMatches } from '../search/text-search';
import { MailMessage, MailStatus } from './mail-message.entity';
import type { MailMessagesArgs } from './mail.inputs';

/** The outbox as admins see it: what was sent, what waits (or is held), what failed. */
@Service()
export class MailService {
  list(ctx: RequestContext, args: MailMessagesArgs, selection?: Selection): Promise<Connection<MailMessage>> {
    const q = ctx.repo(MailMessage).createQueryBuilder('m');
    const f = args.filter;
    if (f?.status) q.andWhere('m.status = :status', { status: f.status });
    if (f?.kind) q.andWhere('m.kind = :kind', { kind: f.kind });
    if (hasSearch(f?.search)) q.andWhere(textMatches('m', { plain: ['to_address', 'to_name', 'subject'] }), { term: searchTerm(f.search) });
    return paginate(q, args, { expression: 'm.created_at', direction: 'DESC' }, selection);
  }

  get(ctx: RequestContext, id: string): Promise<MailMessage> {
    return findOrFail(ctx, MailMessage, id);
  }

  /**
   * Queues a message again at once, with its attempts counted from zero: one that failed, one the
   * recipient lost (a SENT one is sent again), or a held one after SMTP_URL was set. A message
   * a gateway is sending right now is CONFLICT.
   */
  async retry(ctx: RequestContext, id: string): Promise<MailMessage> {
    await findOrFail(ctx, MailMessage, id);
    const message = await lockRow(ctx, MailMessage, id);
    if (message.status === MailStatus.SENDING && message.nextAttemptAt && message.nextAttemptAt > new Date()) {
      throw new ConflictError('This message is being sent right now; try again in a few minutes if it fails', { status: message.status });
    }
    Object.assign(message, { status: MailStatus.QUEUED, attempts: 0, nextAttemptAt: new Date() });
    const saved = await ctx.repo(MailMessage).save(message);
    ctx.afterCommit(() => ctx.runtime.mail?.kick());
    return saved;
  }
}
