import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { COST_EXTENSION, type CostDeclaration } from './cost';

const declarationOf = (field: GraphQLField<unknown, unknown>): CostDeclaration => (field.extensions?.[COST_EXTENSION] as CostDeclaration | undefined) ?? {};

const isConnection = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => a.name === 'first');

/** How many objects a field returns for each parent object, by the rules in `Cost`. */
function sizeOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (isConnection(field)) return Math.max(0, Number(args['first'] ?? 0)) || 0;
  if (isListType(getNullableType(field.type))) return declarationOf(field).assumedSize ?? 1;
  return 1;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The cost of one selection set on `type`, asked for `multiplier` times. */
function costOfSelection(walk: Walk, set: SelectionSetNode, type: GraphQLCompositeType, multiplier: number, seen: Set<string>): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || seen.has(name)) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value);
      if (on && isCompositeType(on)) total += costOfSelection(walk, fragment.selectionSet, on, multiplier, new Set([...seen, name]));
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (on && isCompositeType(on)) total += costOfSelection(walk, selection.selectionSet, on, multiplier, seen);
      continue;
    }
    if (!isObjectType(type) || selection.name.value.startsWith('__')) continue;
    const field = type.getFields()[selection.name.value];
    if (!field) continue;
    const args = Object.fromEntries((selection.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, walk.variables)]));
    const declared = declarationOf(field);
    const returned = getNamedType(field.type);
    const size = sizeOf(field, args);
    const perItem = declared.perItem ?? (isCompositeType(returned) ? 1 : 0);
    // A connection is one page (1); its nodes, `first` of them, are counted where they are selected.
    const own = isConnection(field) ? 1 : size * perItem;
    total += multiplier * ((declared.base ?? 0) + own);
    if (selection.selectionSet && isCompositeType(returned)) {
      total += costOfSelection(walk, selection.selectionSet, returned, multiplier * size, seen);
    }
  }
  return total;
}

/**
 * What an operation costs before it runs: every object it may return, each list multiplied by
 * its `first` (or declared size) and by the number of parents, plus declared fixed costs.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  return Math.round(costOfSelection({ schema, fragments, variables }, operation.selectionSet, root, 1, new Set()));
}

/** How many aliased fields and directives the document uses (limits independent of cost). */
export function documentShape(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  const visitNode = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { kind?: string; alias?: unknown; directives?: unknown[] };
    if (n.kind === Kind.FIELD && n.alias) aliases += 1;
    if (Array.isArray(n.directives)) directives += n.directives.length;
    for (const value of Object.values(node as Record<string, unknown>)) {
      if (Array.isArray(value)) value.forEach(visitNode);
      else if (value && typeof value === 'object' && 'kind' in (value as object)) visitNode(value);
    }
  };
  visitNode(document);
  return { aliases, directives };
}

/** Object-returning list fields without `first` that declare no size: the schema must not build with them. */
export function listFieldsWithoutCost(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const list = isListType(getNullableType(field.type));
      const objects = isCompositeType(getNamedType(field.type));
      if (list && objects && !field.args.some((a) => a.name === 'first') && declarationOf(field).assumedSize === undefined) {
        missing.push(`${type.name}.${field.name}`);
      }
    }
  }
  return missing;
}
