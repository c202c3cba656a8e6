import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { RequestContext } from '../context/request-context';
import { fullPlan, planFor, planWith, type ReadPlan } from '../reads/read-plan';
import { readRows } from '../reads/row-reader';
import type { Selection } from '../reads/selection';

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
 * What to read: without a selection, whole rows (safe to hand to any caller, and to save);
 * with the selection below the field being resolved (`@LookAhead()`), only what it asks for
 * and the to-one rows it joins. Rows read for a selection are for that field only.
 */
function planOf(ctx: RequestContext, entity: EntityClass<unknown>, columns: readonly string[], selection: Selection | undefined): ReadPlan {
  const metadata = metadataOf(ctx.dataSource, entity);
  return planWith(selection ? planFor(metadata, selection) : fullPlan(metadata), columns);
}

// TypeORM finds an entity's metadata by scanning every entity; a loader asks once per row.
const metadataByEntity = new WeakMap<DataSource, Map<Function, EntityMetadata>>();
function metadataOf(dataSource: DataSource, entity: Function): EntityMetadata {
  let byEntity = metadataByEntity.get(dataSource);
  if (!byEntity) {
    byEntity = new Map();
    metadataByEntity.set(dataSource, byEntity);
  }
  let metadata = byEntity.get(entity);
  if (!metadata) {
    metadata = dataSource.getMetadata(entity);
    byEntity.set(entity, metadata);
  }
  return metadata;
}

/** One statement for a batch of keys: `WHERE column = ANY(keys)` (one array parameter), in the given order. */
function readByKeys<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityClass<T>, column: string, keys: readonly string[], plan: ReadPlan, order?: Record<string, 'ASC' | 'DESC'>): Promise<T[]> {
  const qb = ctx.repo(entity).createQueryBuilder('x').where(`x.${column} = ANY(:lrKeys)`, { lrKeys: [...new Set(keys)] });
  for (const [property, direction] of Object.entries(order ?? {})) qb.addOrderBy(`x.${property}`, direction);
  return readRows(qb, plan);
}

/**
 * Loads records of `entity` by a unique column (`by`, default `id`), one statement per batch.
 * @example const country = await loadOne(ctx, Country, route.hostCountryCode, { by: 'code' });
 */
export function loadOne<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  key: string,
  options: { by?: keyof T & string; selection?: Selection } = {},
): Promise<T | null> {
  const column = options.by ?? 'id';
  const plan = planOf(ctx, entity, [column], options.selection);
  const loader = ctx.loaders.get<string, T | null>(`one:${entity.name}:${column}:${plan.key}`, () =>
    new DataLoader(async (keys: readonly string[]) => {
      const rows = await readByKeys(ctx, entity, column, keys, plan);
      const byKey = new Map(rows.map((row) => [String(row[column]), row]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  );
  return loader.load(key);
}

/**
 * Loads every record of `entity` whose `column` equals the key, one statement per batch.
 * @example const routes = await loadMany(ctx, LearningRoute, programme.id, 'programmeId', { order: { startDate: 'ASC' }, selection });
 */
export function loadMany<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityClass<T>,
  key: string,
  column: keyof T & string,
  options: {
    order?: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;
    selection?: Selection;
    /** Columns the caller itself reads from the rows (to sort them, say), beyond the selection. */
    reads?: (keyof T & string)[];
  } = {},
): Promise<T[]> {
  const plan = planOf(ctx, entity, [column, ...(options.reads ?? [])], options.selection);
  const order = options.order as Record<string, 'ASC' | 'DESC'> | undefined;
  // The ordering is part of the key: the same rows asked for in two orders are two lists.
  const loader = ctx.loaders.get<string, T[]>(`many:${entity.name}:${column}:${JSON.stringify(order ?? {})}:${plan.key}`, () =>
    new DataLoader(async (keys: readonly string[]) => {
      const rows = await readByKeys(ctx, entity, column, keys, plan, order);
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const k = String(row[column]);
        const list = byKey.get(k);
        if (list) list.push(row);
        else byKey.set(k, [row]);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    }),
  );
  return loader.load(key);
}
