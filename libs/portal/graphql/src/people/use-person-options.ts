import { useQuery } from 'urql';
import { graphql } from '../generated/gql';

const PersonOptions = graphql(`
  query SharedPersonOptions($search: String) {
    people(first: 100, filter: { search: $search }) {
      totalCount
      edges { node { id fullName country { code name } } }
    }
  }
`);

export interface PersonOption {
  /** The person's id, the value a form sends. */
  value: string;
  /** Their name, with their country when known: two people may share a name. */
  label: string;
}

/** How a person reads in a list of choices: "Carolina Fuentes (Peru)". */
export function personOptionLabel(person: { fullName: string; country?: { name: string } | null }): string {
  return person.country ? `${person.fullName} (${person.country.name})` : person.fullName;
}

/**
 * The people matching a search (the first hundred) for a select, and how many match in all, so
 * the picker can say when it lists only some. Every section that picks a person shares this query
 * and so the cache of its answers.
 */
export function usePersonOptions(term: string): { options: PersonOption[]; total: number; loaded: boolean } {
  const [{ data }] = useQuery({ query: PersonOptions, variables: { search: term || undefined } });
  const options = data?.people.edges.map(({ node }) => ({ value: node.id, label: personOptionLabel(node) })) ?? [];
  return { options, total: data?.people.totalCount ?? 0, loaded: !!data };
}
