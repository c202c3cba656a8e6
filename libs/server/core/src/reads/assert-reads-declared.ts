import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { readNeedsByType } from './read-declarations';

/**
 * Refuses to start when a field of an entity's GraphQL type is neither one of its columns nor
 * declares what it reads (`@Reads`, `@ToOne`): a list that looks ahead would otherwise have to
 * guess which columns the field's resolver needs. Also refuses declarations naming a column
 * or a to-one relation the entity does not have.
 */
export function assertEveryEntityFieldDeclaresReads(schema: GraphQLSchema, dataSource: DataSource): void {
  const needs = readNeedsByType();
  const problems: string[] = [];
  for (const def of getMetadataStorage().objectTypes) {
    const type = schema.getType(def.name);
    if (!isObjectType(type) || !dataSource.hasMetadata(def.target)) continue;
    const metadata = dataSource.getMetadata(def.target);
    const isColumn = (property: string) => metadata.columns.some((c) => c.propertyName === property && !c.isVirtual);
    const needOf = (field: string) => {
      for (let cls: Function | null = def.target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as Function | null) {
        const need = needs.get(cls)?.get(field);
        if (need) return need;
      }
      return undefined;
    };
    for (const field of Object.keys(type.getFields())) {
      const need = needOf(field);
      if (!need && !isColumn(field)) problems.push(`${def.name}.${field} declares nothing it reads (@Reads or @ToOne)`);
      for (const column of need?.columns ?? []) if (!isColumn(column)) problems.push(`${def.name}.${field} reads "${column}", which is no column of ${def.name}`);
      const relation = need?.relation ? metadata.findRelationWithPropertyPath(need.relation) : undefined;
      if (need?.relation && !(relation?.isManyToOne || relation?.isOneToOneOwner)) problems.push(`${def.name}.${field} names "${need.relation}", which is no to-one relation of ${def.name}`);
    }
  }
  if (problems.length) throw new Error(`Fields that lists cannot read ahead for:\n  ${problems.join('\n  ')}`);
}
