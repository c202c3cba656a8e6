import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import type { RelationMetadata } from 'typeorm/metadata/RelationMetadata';
import { readNeedsByType, type ReadNeed } from './read-declarations';
import type { Selection } from './selection';

/** A to-one relation read in the same statement, with what is asked of the related row. */
export interface JoinPlan {
  relation: RelationMetadata;
  plan: ReadPlan;
}

/**
 * What one statement reads of an entity for a selection: the columns, and the to-one rows to
 * join. `key` names it, so loaders batch requests that read the same way together.
 */
export interface ReadPlan {
  metadata: EntityMetadata;
  columns: ColumnMetadata[];
  joins: JoinPlan[];
  key: string;
}

let needs: Map<Function, Map<string, ReadNeed>> | null = null;

/**
 * Reads the field declarations again (`@Reads`, `@ToOne`, and those of `@Personal` and the
 * localized texts). Called once the schema is built, when every field resolver is known.
 */
export function refreshReadNeeds(): void {
  needs = readNeedsByType();
  plans = new WeakMap();
}

function needOf(metadata: EntityMetadata, field: string): ReadNeed | undefined {
  needs ??= readNeedsByType();
  for (let cls = metadata.target as Function | null; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as Function | null) {
    const need = needs.get(cls)?.get(field);
    if (need) return need;
  }
  return undefined;
}

/** Every column: what a read without a selection gets (and a field nobody declared falls back to). */
export function fullPlan(metadata: EntityMetadata): ReadPlan {
  return { metadata, columns: [...metadata.columns.filter((c) => !c.isVirtual)], joins: [], key: '*' };
}

function addColumn(columns: Map<string, ColumnMetadata>, metadata: EntityMetadata, property: string): boolean {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column || column.isVirtual) return false;
  columns.set(column.propertyName, column);
  return true;
}

function build(metadata: EntityMetadata, selection: Selection): ReadPlan {
  const columns = new Map<string, ColumnMetadata>();
  for (const key of metadata.primaryColumns) columns.set(key.propertyName, key);
  if (metadata.versionColumn) columns.set(metadata.versionColumn.propertyName, metadata.versionColumn);
  const joins: JoinPlan[] = [];
  for (const field of selection.names) {
    if (field.startsWith('__')) continue;
    const need = needOf(metadata, field);
    const isColumn = addColumn(columns, metadata, field);
    for (const column of need?.columns ?? []) addColumn(columns, metadata, column);
    const relation = need?.relation ? metadata.findRelationWithPropertyPath(need.relation) : undefined;
    if (relation?.isManyToOne || relation?.isOneToOneOwner) {
      // The foreign key, as the entity's own column (the relation shares its database column).
      for (const join of relation.joinColumns) {
        const own = metadata.columns.find((c) => c.databaseName === join.databaseName && !c.isVirtual);
        if (own) columns.set(own.propertyName, own);
      }
      joins.push({ relation, plan: planFor(relation.inverseEntityMetadata, selection.get(field)) });
    }
    // A field that is no column and declares nothing: read the whole row rather than guess.
    if (!isColumn && !need) return fullPlan(metadata);
  }
  const picked = [...columns.values()];
  const key = [...picked.map((c) => c.propertyName).sort(), ...joins.map((j) => `${j.relation.propertyName}(${j.plan.key})`)].join(',');
  return { metadata, columns: picked, joins, key };
}

// Plans by selection (one object per request and path, see `selectionOf`) and entity.
let plans = new WeakMap<Selection, Map<EntityMetadata, ReadPlan>>();

/**
 * What to read of `metadata`'s table for `selection`: its id and version, the columns asked
 * for, what the fields' resolvers and the privacy policy need, and the to-one rows to join.
 */
export function planFor(metadata: EntityMetadata, selection: Selection): ReadPlan {
  let byEntity = plans.get(selection);
  if (!byEntity) {
    byEntity = new Map();
    plans.set(selection, byEntity);
  }
  let plan = byEntity.get(metadata);
  if (!plan) {
    plan = build(metadata, selection);
    byEntity.set(metadata, plan);
  }
  return plan;
}

const widened = new WeakMap<ReadPlan, Map<string, ReadPlan>>();

/** The plan, also reading `properties` (a loader's key column, say). */
export function planWith(plan: ReadPlan, properties: readonly string[]): ReadPlan {
  const missing = properties.filter((p) => !plan.columns.some((c) => c.propertyName === p));
  if (!missing.length) return plan;
  const name = missing.join(',');
  let byName = widened.get(plan);
  if (!byName) {
    byName = new Map();
    widened.set(plan, byName);
  }
  let wider = byName.get(name);
  if (!wider) {
    const columns = new Map(plan.columns.map((c) => [c.propertyName, c]));
    for (const property of missing) addColumn(columns, plan.metadata, property);
    wider = { ...plan, columns: [...columns.values()], key: `${plan.key}+${name}` };
    byName.set(name, wider);
  }
  return wider;
}
