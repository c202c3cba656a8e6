import { AuditEntry } from '../../audit/audit-entry.entity';
import type { RequestContext } from '../../context/request-context';
import type { Selection } from '../../reads/selection';
import { Service } from '../../module/service-container';
import { paginate } from '../../pagination/connection';
import type { AuditArgs } from './audit.resolver';

@Service()
export class AuditService {
  /** The audit trail, newest first, filtered by record, actor, action and time. */
  list(ctx: RequestContext, args: AuditArgs, selection?: Selection) {
    const q = ctx.repo(AuditEntry).createQueryBuilder('a');
    const f = args.filter ?? {};
    if (f.entityType) q.andWhere('a.entity_type = :entityType', { entityType: f.entityType });
    if (f.entityId) q.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
    if (f.actorId) q.andWhere('a.actor_id::text = :actorId', { actorId: f.actorId });
    if (f.action) q.andWhere('a.action = :action', { action: f.action });
    if (f.from) q.andWhere('a.at >= :from', { from: f.from });
    if (f.to) q.andWhere('a.at < :to', { to: f.to });
    return paginate(q, args, { expression: 'a.at', direction: 'DESC' }, selection);
  }
}
