import { AuditEntry } from '../../audit/audit-entry.entity';
import type { RequestContext } from '../../context/request-context';
import type { Selection } from '../../reads/selection';
import { Service } from '../../module/service-container';
import { paginate, type SortKey } from '../../pagination/connection';
import type { AuditArgs, AuditFilter } from './audit.resolver';

/** Newest first, as the list and its CSV read it. */
export const AUDIT_SORT: SortKey = { expression: 'a.at', direction: 'DESC' };

/** The audit entries a filter selects (record, actor, action, time), for the list and its CSV. */
export function auditQuery(ctx: RequestContext, f: AuditFilter = {}) {
  const q = ctx.repo(AuditEntry).createQueryBuilder('a');
  if (f.entityType) q.andWhere('a.entity_type = :entityType', { entityType: f.entityType });
  if (f.entityId) q.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
  if (f.actorId) q.andWhere('a.actor_id::text = :actorId', { actorId: f.actorId });
  if (f.action) q.andWhere('a.action = :action', { action: f.action });
  if (f.from) q.andWhere('a.at >= :from', { from: f.from });
  if (f.to) q.andWhere('a.at < :to', { to: f.to });
  return q;
}

@Service()
export class AuditService {
  /** The audit trail, newest first, filtered by record, actor, action and time. */
  list(ctx: RequestContext, args: AuditArgs, selection?: Selection) {
    return paginate(auditQuery(ctx, args.filter), args, AUDIT_SORT, selection);
  }
}
