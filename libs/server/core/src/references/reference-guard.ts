import { ArrayContains, EventSubscriber, type EntityManager, type EntitySubscriberInterface, type ObjectLiteral, type RemoveEvent } from 'typeorm';
import { ConflictError } from '../errors';
import type { ClassRef } from '../module/domain-module';
import { labelOf, type ReferenceRule } from './reference-rule';

function conditionFor(manager: EntityManager, rule: ReferenceRule, id: string): ObjectLiteral {
  const column = manager.connection.getMetadata(rule.from).findColumnWithPropertyName(rule.property);
  if (!column) throw new Error(`${rule.from.name} has no column ${rule.property} (reference rule)`);
  return { ...rule.where, [rule.property]: column.isArray ? ArrayContains([id]) : id };
}

/** "3 route cases and 1 champion". */
function listUses(uses: { rule: ReferenceRule; count: number }[]): string {
  const parts = uses.map(({ rule, count }) => `${count} ${labelOf(rule)[count === 1 ? 0 : 1]}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

/** "thematic area (nutrition)": the kind of record, and its code, name or English title when it has one. */
function describeTarget(target: ClassRef, row: ObjectLiteral | undefined): string {
  const kind = target.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const fullName = row?.['givenName'] && row?.['familyName'] ? `${row['givenName']} ${row['familyName']}` : undefined;
  const label = [row?.['code'], row?.['name'], row?.['title'], fullName]
    .map((v) => (typeof v === 'string' ? v : (v as { en?: string } | null | undefined)?.en))
    .find((v) => typeof v === 'string' && v.length > 0);
  return label ? `${kind} (${label})` : kind;
}

/**
 * Enforces every module's reference rules when a row is removed through TypeORM, inside the
 * deleting transaction: first refuses if restricting rows point at it, then removes its
 * cascading children one by one (each audited, each guarded in turn). Services lock the row
 * before removing it and reference checks read targets FOR SHARE, so a new reference cannot
 * slip in between the count and the commit. Foreign keys (RESTRICT) back this up in the
 * database where both tables are always deployed together.
 */
export function referenceGuardFor(rules: ReferenceRule[]): ClassRef {
  const byTarget = new Map<ClassRef, ReferenceRule[]>();
  for (const rule of rules) byTarget.set(rule.to, [...(byTarget.get(rule.to) ?? []), rule]);

  @EventSubscriber()
  class ReferenceGuard implements EntitySubscriberInterface {
    async beforeRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
      const targetRules = byTarget.get(event.metadata.target as ClassRef);
      const id = (event.entity?.['id'] ?? event.databaseEntity?.['id'] ?? event.entityId) as string | undefined;
      if (!targetRules || !id) return;
      const uses: { rule: ReferenceRule; count: number }[] = [];
      for (const rule of targetRules.filter((r) => r.onDelete === 'restrict')) {
        const count = await event.manager.getRepository(rule.from).count({ where: conditionFor(event.manager, rule, id) });
        if (count > 0) uses.push({ rule, count });
      }
      if (uses.length) {
        throw new ConflictError(`This ${describeTarget(event.metadata.target as ClassRef, event.entity ?? event.databaseEntity)} is still referred to by ${listUses(uses)}; remove or move those first`, {
          entity: event.metadata.name,
          id,
          references: uses.map(({ rule, count }) => ({ entity: rule.from.name, count })),
        });
      }
      for (const rule of targetRules.filter((r) => r.onDelete === 'cascade')) {
        const children = await event.manager.getRepository(rule.from).find({ where: conditionFor(event.manager, rule, id) });
        // One by one: each child's own guard and audit entry run, and its children follow.
        for (const child of children) await event.manager.remove(child);
      }
    }
  }
  return ReferenceGuard;
}
