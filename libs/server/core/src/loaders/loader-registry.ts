import DataLoader from 'dataloader';
import { In, type ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../context/request-context';

/**
 * Per-request DataLoaders, created on first use under a key. Batching turns the N lookups of a
 * nested list into one `WHERE … IN (…)` statement.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly values = new Map<string, Promise<unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * A value computed once per request under `key` (which must name everything the value
   * depends on: entity, filters, ordering). The only per-request cache there is, so a
   * mutation's `clearAll` forgets it too.
   */
  memo<V>(key: string, compute: () => Promise<V>): Promise<V> {
    let value = this.values.get(key) as Promise<V> | undefined;
    if (!value) {
      value = compute();
      this.values.set(key, value);
      // A failure is not remembered: the next caller tries again.
      value.catch(() => this.values.delete(key));
    }
    return value;
  }

  /** Forget cached rows, e.g. after a mutation changed them. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
    this.values.clear();
  }
}

type EntityClass<T> = { new (): T; name: string };

/**
 * Loads records of `entity` by a unique column (default `id`), one statement per batch.
 * @example const country = await loadOne(ctx, Country, route.hostCountryCode, 'code');
 */
export function loadOne<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  key: string,
  column: keyof T & string = 'id' as keyof T & string,
): Promise<T | null> {
  const loader = ctx.loaders.get<string, T | null>(`one:${entity.name}:${column}`, () =>
    new DataLoader(async (keys: readonly string[]) => {
      const rows = await ctx.repo(entity).findBy({ [column]: In([...keys]) } as never);
      const byKey = new Map(rows.map((row) => [String(row[column]), row]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  );
  return loader.load(key);
}

/**
 * Loads every record of `entity` whose `column` equals the key, one statement per batch.
 * @example const routes = await loadMany(ctx, LearningRoute, programme.id, 'programmeId');
 */
export function loadMany<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  key: string,
  column: keyof T & string,
  order?: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
): Promise<T[]> {
  // The ordering is part of the key: the same rows asked for in two orders are two lists.
  const loader = ctx.loaders.get<string, T[]>(`many:${entity.name}:${column}:${JSON.stringify(order ?? {})}`, () =>
    new DataLoader(async (keys: readonly string[]) => {
      const rows = await ctx.repo(entity).find({ where: { [column]: In([...keys]) } as never, order: order as never });
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const k = String(row[column]);
        byKey.set(k, [...(byKey.get(k) ?? []), row]);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    }),
  );
  return loader.load(key);
}
