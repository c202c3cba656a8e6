import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldMetadata = NonNullable<Storage['objectTypes'][number]['fields']>[number];

/** Every `@Field` of a class and of the classes it extends, by schema name (the closest wins). */
function fieldsOf(storage: Storage, target: Function): Map<string, FieldMetadata> {
  const byClass = new Map(storage.objectTypes.map((def) => [def.target, def]));
  const fields = new Map<string, FieldMetadata>();
  for (let cls: Function | null = target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as Function | null) {
    for (const field of byClass.get(cls)?.fields ?? []) if (!fields.has(field.schemaName)) fields.set(field.schemaName, field);
  }
  return fields;
}

/**
 * type-graphql gives every field a resolver of its own, which builds a resolver-data object and
 * walks the (empty) middleware chain before reading the property: a cost paid once per field of
 * every row of every response. Fields with no middleware (such as `@Personal`), no auth rule
 * and no field resolver (a getter is no resolver: reading the property runs it) go back to graphql-js's default resolver, a plain property read, which
 * is also what lets a compiled executor inline them. Everything else is left as built.
 *
 * So a plain field must hold its value, never a promise of it: graphql-jit (GRAPHQL_EXECUTOR=jit)
 * reads plain fields inline and does not wait. A field whose value may come later gets a
 * middleware, which keeps its resolver (as `totalCount` of connections does).
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const resolved = new Map<Function, Set<string>>();
  for (const r of storage.fieldResolvers) {
    const owner = r.getObjectType?.();
    if (!owner || isGetter(r)) continue;
    const fields = resolved.get(owner) ?? new Set<string>();
    fields.add(r.schemaName);
    resolved.set(owner, fields);
  }
  for (const def of storage.objectTypes) {
    const type = schema.getType(def.name);
    if (!isObjectType(type) || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    const metadata = fieldsOf(storage, def.target);
    for (const field of Object.values(type.getFields())) {
      const meta = metadata.get(field.name);
      const plain =
        meta &&
        meta.name === field.name &&
        !meta.middlewares?.length &&
        !meta.roles?.length &&
        !resolvedAnywhere(resolved, def.target, field.name);
      if (plain) field.resolve = undefined;
    }
  }
  return schema;
}

/** A `@Field` on a getter of the class itself: reading the property runs it. */
function isGetter(resolver: Storage['fieldResolvers'][number]): boolean {
  if (resolver.kind !== 'internal') return false;
  const descriptor = Object.getOwnPropertyDescriptor((resolver.target as { prototype: object }).prototype, resolver.methodName);
  return typeof descriptor?.get === 'function';
}

/** A field resolver answers the field on the class or on a class it extends. */
function resolvedAnywhere(resolved: Map<Function, Set<string>>, target: Function, field: string): boolean {
  for (let cls: Function | null = target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls) as Function | null) {
    if (resolved.get(cls)?.has(field)) return true;
  }
  return false;
}
