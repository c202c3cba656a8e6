import {
  EventSubscriber,
  type EntityManager,
  type EntityMetadata,
  type EntitySubscriberInterface,
  type InsertEvent,
  type ObjectLiteral,
  type RemoveEvent,
  type UpdateEvent,
} from 'typeorm';
import type { QueryRunnerData } from '../context/request-context';
import { describePrincipal } from '../auth/principal';
import { AuditAction, AuditEntry, type AuditChanges } from './audit-entry.entity';
import { isRedacted } from './redacted';

/** Columns never copied into the audit trail. */
const SECRET_COLUMNS = new Set(['passwordHash', 'secretHash', 'signingSecret']);
/**
 * Bookkeeping columns that change on every write and say nothing. Foreign-key columns
 * (`countryCode`, `programmeId`, …) are kept: TypeORM reads them as the referenced id.
 */
const NOISE_COLUMNS = new Set(['createdAt', 'updatedAt', 'version']);

const isSecret = (metadata: EntityMetadata, name: string) => SECRET_COLUMNS.has(name) || isRedacted(metadata.target, name);

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

function snapshot(metadata: EntityMetadata, entity: ObjectLiteral | undefined): AuditChanges {
  const changes: AuditChanges = {};
  if (!entity) return changes;
  for (const column of metadata.columns) {
    const name = column.propertyName;
    if (NOISE_COLUMNS.has(name)) continue;
    const value = column.getEntityValue(entity);
    if (value === undefined) continue;
    changes[name] = isSecret(metadata, name) ? { to: '[redacted]' } : { to: comparable(value) };
  }
  return changes;
}

/**
 * Writes an audit entry for every insert, update and removal of an entity, in the same
 * transaction as the change, so the trail cannot disagree with the data. The request context
 * rides on the transaction's query runner (see RequestContext.transaction); writes outside a
 * request (migrations, demo data) are recorded as `system`.
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<ObjectLiteral>) {
    await this.record(event.manager, event.metadata, AuditAction.CREATE, event.entity, snapshot(event.metadata, event.entity), event.queryRunner.data);
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>) {
    if (!event.entity) return;
    const changes: AuditChanges = {};
    const columns = event.updatedColumns.length ? event.updatedColumns : event.metadata.columns;
    for (const column of columns) {
      const name = column.propertyName;
      if (NOISE_COLUMNS.has(name)) continue;
      const from = comparable(event.databaseEntity ? column.getEntityValue(event.databaseEntity) : undefined);
      const to = comparable(column.getEntityValue(event.entity));
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
      changes[name] = isSecret(event.metadata, name) ? { from: '[redacted]', to: '[redacted]' } : { from, to };
    }
    await this.record(event.manager, event.metadata, AuditAction.UPDATE, event.entity, changes, event.queryRunner.data);
  }

  async beforeRemove(event: RemoveEvent<ObjectLiteral>) {
    const entity = event.databaseEntity ?? event.entity;
    await this.record(event.manager, event.metadata, AuditAction.DELETE, entity, snapshot(event.metadata, entity), event.queryRunner.data);
  }

  private async record(
    manager: EntityManager,
    metadata: EntityMetadata,
    action: AuditAction,
    entity: ObjectLiteral | undefined,
    changes: AuditChanges,
    data: QueryRunnerData,
  ) {
    if (metadata.target === AuditEntry || !entity) return;
    const ids = metadata.getEntityIdMixedMap(entity);
    const entityId = typeof ids === 'object' && ids !== null ? Object.values(ids).join(':') : String(ids);
    const principal = data?.ctx?.principal;
    const actorId = principal?.kind === 'user' ? principal.userId : principal?.kind === 'apiKey' ? principal.keyId : null;
    await manager.getRepository(AuditEntry).insert({
      actorKind: principal && principal.kind !== 'anonymous' ? principal.kind : 'system',
      actorId,
      actorLabel: principal ? describePrincipal(principal) : 'system',
      action,
      entityType: metadata.name,
      entityId,
      changes: changes as never,
      requestId: data?.ctx?.requestId ?? null,
    });
  }
}
