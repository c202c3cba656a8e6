import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { fullPlan, type ReadPlan } from './read-plan';

type Raw = Record<string, unknown>;

interface Shape {
  metadata: EntityMetadata;
  prototype: object;
  /** [raw key, column] for each column read. */
  columns: [string, ColumnMetadata][];
  /** Raw keys of the related row's primary key: all null means there is no related row. */
  keys: string[];
  joins: [string, Shape][];
}

function shapeOf(qb: SelectQueryBuilder<ObjectLiteral>, alias: string, plan: ReadPlan, next: () => string): Shape {
  const columns = plan.columns.map((c): [string, ColumnMetadata] => [`${alias}_${c.databaseName}`, c]);
  for (const [key, column] of columns) qb.addSelect(`${alias}.${column.propertyPath}`, key);
  const joins = plan.joins.map(({ relation, plan: joined }): [string, Shape] => {
    const joinAlias = next();
    qb.leftJoin(`${alias}.${relation.propertyPath}`, joinAlias);
    return [relation.propertyName, shapeOf(qb, joinAlias, joined, next)];
  });
  const keys = plan.metadata.primaryColumns.map((c) => `${alias}_${c.databaseName}`);
  return { metadata: plan.metadata, prototype: (plan.metadata.target as Function).prototype as object, columns, keys, joins };
}

function hydrate(raw: Raw, shape: Shape): ObjectLiteral {
  // An instance of the entity class without running its constructor: getters work, and
  // type-graphql sees the class it expects (it copies anything else into a new instance).
  const row = Object.create(shape.prototype) as ObjectLiteral;
  const driver = shape.metadata.connection.driver;
  for (const [key, column] of shape.columns) row[column.propertyName] = driver.prepareHydratedValue(raw[key], column);
  for (const [property, joined] of shape.joins) {
    row[property] = joined.keys.every((k) => raw[k] === null || raw[k] === undefined) ? null : hydrate(raw, joined);
  }
  return row;
}

/**
 * Makes `qb` read what `plan` says (its columns, and the to-one rows it joins) in one
 * statement, and returns how to turn each raw result row into an entity instance. Other
 * selections the builder had are dropped; its joins and conditions stay.
 *
 * Rows are built straight from the driver's values: TypeORM's entity hydration (grouping by
 * key, relation maps, subscribers' afterLoad) is for rows that will be saved, which rows read
 * this way never are when the plan is partial.
 */
export function selectPlan<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, plan: ReadPlan): (raw: Raw) => T {
  let joins = 0;
  // Start from an empty selection; the plan's columns (always the id among them) are added.
  qb.select([]);
  const shape = shapeOf(qb as SelectQueryBuilder<ObjectLiteral>, qb.alias, plan, () => `lr_j${++joins}`);
  return (raw) => hydrate(raw, shape) as T;
}

/**
 * Reads the rows of `qb` as `plan` says, by default whole rows of its entity (still without
 * TypeORM's hydration).
 * @example const scores = await readRows(ctx.repo(AssessmentScore).createQueryBuilder('s').where(…));
 */
export async function readRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, plan?: ReadPlan): Promise<T[]> {
  const metadata = qb.expressionMap.mainAlias?.metadata;
  if (!metadata) throw new Error('readRows needs a query over an entity');
  const toRow = selectPlan(qb, plan ?? fullPlan(metadata));
  return (await qb.getRawMany<Raw>()).map(toRow);
}
