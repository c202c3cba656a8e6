import type { ObjectLiteral } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors';

type EntityClass<T> = { new (): T; name: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` cannot be a key of `entity` (a uuid key given something else), so no row can match. */
function cannotBeKey(ctx: RequestContext, entity: EntityClass<unknown>, id: string): boolean {
  const key = ctx.repo(entity as EntityClass<ObjectLiteral>).metadata.primaryColumns[0];
  return key?.type === 'uuid' && !UUID.test(id);
}

/** The record, or NOT_FOUND naming the entity and id. */
export async function findOrFail<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  id: string,
): Promise<T> {
  // PostgreSQL rejects a malformed uuid outright; to the caller it is simply not there.
  const row = cannotBeKey(ctx, entity, id) ? null : await ctx.repo(entity).findOneBy({ id } as never);
  if (!row) throw new NotFoundError(entity.name, id);
  return row;
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
  const row = cannotBeKey(ctx, entity, id)
    ? null
    : await ctx.repo(entity).findOne({
        where: { id } as never,
        lock: ctx.isInTransaction ? { mode: 'pessimistic_write' } : undefined,
      });
  if (!row) throw new NotFoundError(entity.name, id);
  if (row.version !== expectedVersion) throw new StaleVersionError(entity.name, id, expectedVersion, row.version);
  return row;
}

/**
 * Turns the database's integrity errors into CONFLICT with a readable reason; anything else
 * is returned unchanged.
 */
export function translateDatabaseError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  if (driverError.code === '23505') {
    return new ConflictError(`A record with the same ${describeConstraint(driverError.detail)} already exists`, {
      constraint: driverError.constraint,
    });
  }
  if (driverError.code === '23503') {
    return new ConflictError('The record is still referenced by other records, or refers to one that does not exist', {
      constraint: driverError.constraint,
    });
  }
  return error;
}

function describeConstraint(detail: string | undefined): string {
  // Postgres says: Key (email)=(a@b.org) already exists.
  const columns = detail?.match(/^Key \((.+?)\)=/)?.[1];
  return columns ? columns.replace(/_/g, ' ') : 'key';
}
