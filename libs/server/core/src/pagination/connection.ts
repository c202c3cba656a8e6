import { createHash } from 'node:crypto';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { QueryFailedError, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { isUUID } from 'class-validator';
import { ValidationError } from '../errors';
import { Cost } from '../limits/cost';
import { fullPlan, planFor } from '../reads/read-plan';
import { selectPlan } from '../reads/row-reader';
import type { Selection } from '../reads/selection';

export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** `first` (1-100, required) and `after`, shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 1-${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise when the list counts its rows in the database. */
  totalCount: number | Promise<number>;
}

/** Hands the value on: what matters is that the field has a resolver (see `totalCount` below). */
const awaitedField: MiddlewareFn = (_data, next) => next();

/**
 * Makes the `XConnection` and `XEdge` object types for a node type.
 * @example @ObjectType() export class RouteConnection extends ConnectionType(LearningRoute) {}
 */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  // Decorated so subclasses inherit its fields; never referenced, so never emitted.
  @ObjectType(`${node.name}ConnectionBase`)
  abstract class ConnectionClass implements Connection<T> {
    // Sized by the connection's `first`, already counted on the field that returned it.
    @Cost({ assumedSize: 1, perItem: 0 })
    @Field(() => [EdgeType])
    edges: Edge<T>[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    // Often a promise (counted while the page is read). A field with a resolver is awaited by
    // every executor; a plain field only by graphql-js (graphql-jit reads it inline), so this one
    // keeps a resolver, one call per list.
    @UseMiddleware(awaitedField)
    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** How a list is ordered: an SQL expression over the query's alias, and a direction. */
export interface SortKey {
  /** e.g. `r.start_date`, or `lower(r.title->>'en')`; ties are broken by the row's id. */
  expression: string;
  direction: SortDirection | 'ASC' | 'DESC';
  /** Where rows without a value go; by default last when ascending, first when descending. */
  nulls?: 'first' | 'last';
}

/**
 * Runs a filtered query builder as one page of a connection, with keyset cursors: a cursor
 * names the last row's sort value and id, so rows inserted meanwhile do not shift the next
 * page, and no page costs more than its own rows (no OFFSET). Empty values go where `nulls`
 * says (by default last ascending, first descending). The builder must not join to-many relations.
 *
 * Given the connection's `selection` (`@LookAhead()`), the page reads only what is asked of
 * the nodes (see `planFor`), joins the to-one rows asked for, and counts the rows only when
 * `totalCount` is asked (then in parallel with the page). Without it, the page reads whole
 * rows and `totalCount` is counted when something reads it.
 */
export async function paginate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, page: PageArgs, sort: SortKey, selection?: Selection): Promise<Connection<T>> {
  const alias = query.alias;
  const metadata = query.expressionMap.mainAlias?.metadata;
  // Ties are broken by the primary key (a uuid `id`, or e.g. a country's `code`).
  const key = metadata?.primaryColumns[0];
  if (!metadata || !key) throw new Error('paginate needs a query over an entity with a primary key');
  const keyColumn = `${alias}.${key.databaseName}`;
  const direction = sort.direction === 'DESC' ? 'DESC' : 'ASC';
  const nullsLast = (sort.nulls ?? (direction === 'ASC' ? 'last' : 'first')) === 'last';
  const expression = `(${sort.expression})`;
  const sortId = sortFingerprint(sort.expression, `${direction} ${nullsLast ? 'last' : 'first'}`);
  const count = once(() => query.clone().getCount());
  if (selection?.has('totalCount')) void count().catch(() => undefined); // awaited by whoever reads totalCount
  const rows = query.clone();
  const toRow = selectPlan(rows, selection ? planFor(metadata, selection.at('edges', 'node')) : fullPlan(metadata));
  rows
    .addSelect(`${expression}::text`, 'lr_sort_key')
    .orderBy(expression, direction, nullsLast ? 'NULLS LAST' : 'NULLS FIRST')
    .addOrderBy(keyColumn, 'ASC')
    .limit(page.first + 1);
  if (page.after) {
    const cursor = decodeCursor(page.after, sortId);
    if (key.type === 'uuid' && !isUUID(cursor.id)) throw invalidCursor();
    rows.andWhere(keysetCondition(expression, keyColumn, direction, nullsLast, cursor.k), { lrCursorKey: cursor.k, lrCursorId: cursor.id });
  }
  const raw = await rows.getRawMany<Record<string, unknown>>().catch((error: unknown) => {
    // A forged cursor whose value the sort column cannot hold (a date that is not a date).
    if (page.after && error instanceof QueryFailedError && /^22/.test(String((error.driverError as { code?: string }).code))) throw invalidCursor();
    throw error;
  });
  const keyOf = `${alias}_${key.databaseName}`;
  const edges = raw.slice(0, page.first).map((r): Edge<T> => {
    const position = { s: sortId, k: (r['lr_sort_key'] ?? null) as string | null, id: String(r[keyOf]) };
    // Written only when asked for: most pages are read without their rows' cursors.
    return { node: toRow(r), get cursor() { return encodeCursor(position); } };
  });
  return connectionOf(edges, { hasNextPage: raw.length > page.first, hasPreviousPage: !!page.after, totalCount: count });
}

/** Runs `work` once, when first asked, and hands every caller the same promise. */
function once<V>(work: () => Promise<V>): () => Promise<V> {
  let value: Promise<V> | undefined;
  return () => (value ??= work());
}

/**
 * One page of a list computed in memory (rankings, recommendations): sorted by `key` then id,
 * with the same keyset cursors as `paginate`.
 */
export function paginateList<T>(
  items: readonly T[],
  page: PageArgs,
  order: { name: string; key: (item: T) => string | number | null; id: (item: T) => string; direction?: 'ASC' | 'DESC' },
): Connection<T> {
  const direction = order.direction ?? 'ASC';
  const sortId = sortFingerprint(order.name, direction);
  const keyed = items.map((item) => ({ item, key: order.key(item), id: order.id(item) }));
  const compare = (a: { key: string | number | null; id: string }, b: { key: string | number | null; id: string }) => {
    const byKey = compareKeys(a.key, b.key, direction);
    return byKey !== 0 ? byKey : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  keyed.sort(compare);
  let start = 0;
  if (page.after) {
    const cursor = decodeCursor(page.after, sortId);
    const after = { key: cursor.k === null ? null : typeof keyed[0]?.key === 'number' ? Number(cursor.k) : cursor.k, id: cursor.id };
    start = keyed.findIndex((k) => compare(k, after) > 0);
    if (start < 0) start = keyed.length;
  }
  const slice = keyed.slice(start, start + page.first);
  return connectionOf(
    slice.map((k) => ({ node: k.item, cursor: encodeCursor({ s: sortId, k: k.key === null ? null : String(k.key), id: k.id }) })),
    { hasNextPage: start + page.first < keyed.length, hasPreviousPage: start > 0, totalCount: keyed.length },
  );
}

/** Empty keys sort last ascending and first descending, as in PostgreSQL. */
function compareKeys(a: string | number | null, b: string | number | null, direction: 'ASC' | 'DESC'): number {
  if (a === b) return 0;
  if (a === null) return direction === 'ASC' ? 1 : -1;
  if (b === null) return direction === 'ASC' ? -1 : 1;
  const natural = a < b ? -1 : 1;
  return direction === 'ASC' ? natural : -natural;
}

function connectionOf<T>(edges: Edge<T>[], facts: { hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number | (() => Promise<number>) }): Connection<T> {
  const { totalCount } = facts;
  return {
    edges,
    // Counted when GraphQL (or a caller) reads it; `paginate` starts it early when it is asked.
    get totalCount() {
      return typeof totalCount === 'number' ? totalCount : totalCount();
    },
    pageInfo: {
      hasNextPage: facts.hasNextPage,
      hasPreviousPage: facts.hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
  };
}

/** Rows strictly after the cursor's (sort value, id) in the list's order. */
function keysetCondition(expression: string, id: string, direction: 'ASC' | 'DESC', nullsLast: boolean, key: string | null): string {
  const sameKeyLaterId = `${id} > :lrCursorId`;
  if (key === null) {
    // Among the empty values: later ids, then (when empty values come first) every valued row.
    return nullsLast ? `(${expression} IS NULL AND ${sameKeyLaterId})` : `((${expression} IS NULL AND ${sameKeyLaterId}) OR ${expression} IS NOT NULL)`;
  }
  const beyond = `${expression} ${direction === 'ASC' ? '>' : '<'} :lrCursorKey`;
  const valued = `(${beyond} OR (${expression} = :lrCursorKey AND ${sameKeyLaterId}))`;
  return nullsLast ? `(${valued} OR ${expression} IS NULL)` : valued;
}

interface CursorContent {
  /** Which ordering the cursor belongs to: a cursor of another sort is refused. */
  s: string;
  /** The sort value as PostgreSQL writes it as text (exact, timestamps to the microsecond). */
  k: string | null;
  id: string;
}

function sortFingerprint(expression: string, direction: string): string {
  return createHash('sha1').update(`${expression} ${direction}`).digest('base64url').slice(0, 8);
}

// Cursors are opaque to clients; they encode the position in the ordered result.
function encodeCursor(content: CursorContent): string {
  return Buffer.from(JSON.stringify(content)).toString('base64url');
}

function invalidCursor(): ValidationError {
  return ValidationError.field('after', 'is not a cursor this API gave out for this list and order');
}

function decodeCursor(cursor: string, sortId: string): CursorContent {
  const invalid = invalidCursor;
  let content: Partial<CursorContent>;
  try {
    content = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorContent>;
  } catch {
    throw invalid();
  }
  if (!content || typeof content !== 'object' || content.s !== sortId || typeof content.id !== 'string' || content.id.length > 100) throw invalid();
  if (content.k !== null && typeof content.k !== 'string') throw invalid();
  if (typeof content.k === 'string' && (content.k.length > 2000 || content.k.includes('\u0000'))) throw invalid();
  return { s: content.s, k: content.k ?? null, id: content.id };
}
