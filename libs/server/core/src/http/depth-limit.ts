import { GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue; // a fragment cycle is reported by GraphQL's own rules
      deepest = Math.max(deepest, depthOf(fragments[name]?.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** How deep the deepest operation of a document nests (fields, fragments inlined). */
export function operationDepth(document: DocumentNode): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  let deepest = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(def.selectionSet, fragments, new Set()));
  }
  return deepest;
}

/**
 * Refuses operations nested deeper than `max` fields before any resolver runs: one request
 * cannot walk route → programme → routes → … into an expensive tree.
 */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query nests ${depth} levels deep; at most ${max} are allowed`, {
              nodes: [operation],
              // Apollo reports every validation failure as GRAPHQL_VALIDATION_FAILED; depth and max say why.
              extensions: { depth, max },
            }),
          );
        }
      },
    };
  };
}
