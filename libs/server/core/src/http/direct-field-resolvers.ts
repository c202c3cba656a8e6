import { getNamedType, isEnumType, isObjectType, isScalarType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { ServiceContainer } from '../module/service-container';

type Storage = ReturnType<typeof getMetadataStorage>;
type FieldResolverMetadata = Storage['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type Param = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

/**
 * How to hand one parameter to a resolver method, or null when type-graphql's own handling is
 * needed (input objects to build and validate, arguments of custom decorators, sub-properties).
 */
function paramOf(param: ParamMetadata, argTypes: Map<string, unknown>): Param | null {
  switch (param.kind) {
    case 'root': {
      if (param.propertyName) return null;
      const type: unknown = param.getType?.();
      const target = typeof type === 'function' && type.prototype ? (type as new () => object) : null;
      // As type-graphql does: a row that is not an instance of the expected class becomes one.
      return target ? (root) => (root && typeof root === 'object' && !(root instanceof target) && !Array.isArray(root) ? Object.assign(Object.create(target.prototype) as object, root) : root) : (root) => root;
    }
    case 'context':
      return param.propertyName ? null : (_root, _args, context) => context;
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'arg': {
      // Scalars and enums are coerced by GraphQL already; type-graphql has nothing to build or validate.
      const type = argTypes.get(param.name);
      return type && (isScalarType(type) || isEnumType(type)) ? (_root, args) => args[param.name] : null;
    }
    case 'custom':
      if (param.options.arg) return null;
      return (root, args, context, info) => param.resolver({ root, args, context, info } as never);
    default:
      return null;
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * type-graphql calls a field resolver through a generic path: it sorts the parameters, builds
 * a resolver-data object and walks the middleware chain on every call, and its argument check
 * is asynchronous, which turns a resolver that answers at once (a localized title) into a
 * promise, and every row holding one into a promise of an object. Field resolvers with no
 * middleware, no auth rule, and only parameters that need no building are called directly
 * instead: the same method with the same values, one call per field.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, container: ServiceContainer): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeNames = new Map(storage.objectTypes.map((def) => [def.target, def.name]));
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles?.length) continue;
    const owner = resolver.getObjectType?.();
    const type = owner && schema.getType(typeNames.get(owner) ?? '');
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    if (!field) continue;
    const argTypes = new Map(field.args.map((a) => [a.name, getNamedType(a.type)]));
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index).map((p) => paramOf(p, argTypes));
    if (params.some((p) => p === null)) continue;
    let instance: Record<string, (...values: unknown[]) => unknown>;
    try {
      instance = container.get(resolver.target) as typeof instance;
    } catch {
      continue; // not one of the composed modules' resolvers: type-graphql does not call it either
    }
    const method = instance[resolver.methodName];
    const ready = params as Param[];
    field.resolve = ((root, args, context, info) => {
      const values = ready.map((param) => param(root, args, context, info));
      return values.some(isThenable) ? Promise.all(values).then((v) => method.apply(instance, v)) : method.apply(instance, values);
    }) as GraphQLFieldResolver<unknown, unknown>;
  }
  return schema;
}
