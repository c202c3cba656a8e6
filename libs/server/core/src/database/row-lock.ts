import { isUUID } from 'class-validator';
import type { ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { NotFoundError, StaleVersionError } from '../errors';

export type EntityClass<T> = { new (): T; name: string };

/** True when `id` cannot be a key of `entity` (a uuid key given something else), so no row can match. */
export function cannotBeKey(ctx: RequestContext, entity: EntityClass<unknown>, id: string): boolean {
  const key = ctx.repo(entity as EntityClass<ObjectLiteral>).metadata.primaryColumns[0];
  return key?.type === 'uuid' && !isUUID(id);
}

/**
 * The one way to lock a row: reads it `FOR UPDATE` inside the request's transaction, so no one
 * else can change it (or lock it) until the transaction ends. NOT_FOUND when there is none.
 * Outside a transaction a lock would be released at once, so that is a programming error.
 */
export async function lockRow<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityClass<T>, id: string): Promise<T> {
  const row = await lockRowIfExists(ctx, entity, id);
  if (!row) throw new NotFoundError(entity.name, id);
  return row;
}

/**
 * As `lockRow`, but null when there is no such row. Take the lock before any other read of
 * the row in the transaction: a row first read FOR SHARE (a reference check) by two
 * transactions that then both ask FOR UPDATE deadlocks.
 */
export async function lockRowIfExists<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityClass<T>, id: string): Promise<T | null> {
  if (!ctx.isInTransaction) throw new Error(`lockRow(${entity.name}) needs a transaction: call it from a mutation or inside ctx.transaction`);
  const key = ctx.repo(entity).metadata.primaryColumns[0].propertyName;
  return cannotBeKey(ctx, entity, id) ? null : ctx.repo(entity).findOne({ where: { [key]: id } as never, lock: { mode: 'pessimistic_write' } });
}

/**
 * Loads a record for changing it: locks the row for the rest of the transaction, then checks
 * the version the caller read. Two editors who read version 3 cannot both save version 4.
 */
export async function loadForUpdate<T extends ObjectLiteral & { id: string; version: number }>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  id: string,
  expectedVersion: number,
): Promise<T> {
  const row = await lockRow(ctx, entity, id);
  if (row.version !== expectedVersion) throw new StaleVersionError(entity.name, id, expectedVersion, row.version);
  return row;
}
