import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectionOf } from './selection';

/** The selection below the first root field of `query`, as a resolver of that field sees it. */
function below(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD) throw new Error('the first selection must be a field');
  return selectionOf({ fieldNodes: [root], fragments, variableValues: variables });
}

describe('selectionOf', () => {
  it('names the fields asked for, by field name rather than alias', () => {
    const s = below(`{ routes(first: 5) { totalCount edges { node { id t: title other: title(lang: FR) } } } }`);
    expect(s.names).toEqual(['totalCount', 'edges']);
    expect(s.at('edges', 'node').names).toEqual(['id', 'title']);
  });

  it('inlines fragments and inline fragments, and merges what they ask of the same field', () => {
    const s = below(`
      { routes(first: 5) { edges { node { ...Basics ... on LearningRoute { hostCountry { code } } } } } }
      fragment Basics on LearningRoute { title hostCountry { name } }`);
    expect(s.at('edges', 'node').names).toEqual(['title', 'hostCountry']);
    expect(s.at('edges', 'node', 'hostCountry').names).toEqual(['name', 'code']);
  });

  it('leaves out what @skip and @include leave out', () => {
    const query = `query($withCount: Boolean!) { routes(first: 5) { totalCount @include(if: $withCount) edges @skip(if: false) { cursor } } }`;
    expect(below(query, { withCount: false }).names).toEqual(['edges']);
    expect(below(query, { withCount: true }).names).toEqual(['totalCount', 'edges']);
  });

  it('answers an empty selection for a field nobody asked for', () => {
    const s = below(`{ routes(first: 5) { totalCount } }`);
    expect(s.has('edges')).toBe(false);
    expect(s.at('edges', 'node').names).toEqual([]);
  });
});
