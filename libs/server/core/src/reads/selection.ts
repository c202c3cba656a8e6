import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { createParameterDecorator } from 'type-graphql';

/**
 * The fields a query asks for below one field, by field name (aliases merged, fragments
 * inlined, `@skip`/`@include` applied): what a list or a loader looks at to read only those
 * columns, skip a count nobody asked for, and join the to-one rows asked for.
 *
 * @example
 *   selection.has('totalCount');                    // false: no COUNT(*) for this page
 *   selection.get('edges').get('node').names;       // ['id', 'title', 'hostCountry']
 */
export class Selection {
  private static readonly NONE = new Selection(new Map());

  constructor(private readonly fields: ReadonlyMap<string, Selection>) {}

  /** An empty selection (a field asked for with no sub-fields, or not asked for at all). */
  static none(): Selection {
    return Selection.NONE;
  }

  has(name: string): boolean {
    return this.fields.has(name);
  }

  /** The sub-selection of `name`; empty when it was not asked for. */
  get(name: string): Selection {
    return this.fields.get(name) ?? Selection.NONE;
  }

  get names(): string[] {
    return [...this.fields.keys()];
  }

  /** Follows a path of field names, e.g. `at('edges', 'node')`. */
  at(...path: string[]): Selection {
    return path.reduce<Selection>((s, name) => s.get(name), this);
  }
}

type Variables = Record<string, unknown>;

/** `@skip(if:)` and `@include(if:)` on a field, fragment spread or inline fragment. */
function included(node: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] }[] }, variables: Variables): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const condition = directive.arguments?.find((a) => a.name.value === 'if')?.value as { kind: string; value?: boolean; name?: { value: string } } | undefined;
    const value = condition?.kind === Kind.VARIABLE ? variables[condition.name?.value ?? ''] === true : condition?.value === true;
    if (name === 'skip' ? value : !value) return false;
  }
  return true;
}

interface Walk {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Variables;
}

function collect(sets: readonly (SelectionSetNode | undefined)[], walk: Walk, into: Map<string, SelectionSetNode[]>, seen: Set<string>): void {
  for (const set of sets) {
    for (const node of set?.selections ?? []) {
      if (!included(node, walk.variables)) continue;
      if (node.kind === Kind.FIELD) {
        const list = into.get(node.name.value) ?? [];
        if (node.selectionSet) list.push(node.selectionSet);
        into.set(node.name.value, list);
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        collect([node.selectionSet], walk, into, seen);
      } else if (!seen.has(node.name.value)) {
        seen.add(node.name.value);
        collect([walk.fragments[node.name.value]?.selectionSet], walk, into, seen);
      }
    }
  }
}

function build(sets: readonly (SelectionSetNode | undefined)[], walk: Walk): Selection {
  const byName = new Map<string, SelectionSetNode[]>();
  collect(sets, walk, byName, new Set());
  if (!byName.size) return Selection.none();
  return new Selection(new Map([...byName].map(([name, children]) => [name, build(children, walk)])));
}

// One selection per field node and request: the rows of a page ask for the same sub-fields, so
// the walk is done once per request and path, not once per row. Keyed by the request's
// variables object (one per execution), then by the field's AST node.
const cache = new WeakMap<object, WeakMap<FieldNode, Selection>>();

/** What the query asks for below the field being resolved. */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>): Selection {
  const variables = info.variableValues ?? {};
  let perRequest = cache.get(variables);
  if (!perRequest) {
    perRequest = new WeakMap();
    cache.set(variables, perRequest);
  }
  const first = info.fieldNodes[0];
  let selection = perRequest.get(first);
  if (!selection) {
    selection = build(
      info.fieldNodes.map((f) => f.selectionSet),
      { fragments: info.fragments, variables },
    );
    perRequest.set(first, selection);
  }
  return selection;
}

/**
 * Hands a resolver the selection below its field, for the list or loader it calls.
 * @example
 *   routes(@Ctx() ctx: RequestContext, @Args() args: RoutesArgs, @LookAhead() selection: Selection) {
 *     return this.service.list(ctx, args, selection);
 *   }
 */
export function LookAhead() {
  return createParameterDecorator(({ info }) => selectionOf(info));
}
