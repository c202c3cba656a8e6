import type { ObjectLiteral } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { ConflictError, NotFoundError } from '../errors';
import { cannotBeKey, type EntityClass } from './row-lock';

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

/** Assigns the fields the caller sent (undefined means "leave as it is"). */
export function patch<T extends object, K extends keyof T>(target: T, input: Partial<Pick<T, K>>, keys: K[]): void {
  for (const key of keys) {
    if (input[key] !== undefined) target[key] = input[key] as T[K];
  }
}
