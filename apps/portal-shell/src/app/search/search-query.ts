import { graphql } from '../../graphql/generated';

/** The server's search across modules: best matches first, each with the portal path it opens. */
export const PortalSearchQuery = graphql(`
  query PortalSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      edges {
        node {
          kind
          id
          title
          detail
          path
        }
      }
    }
  }
`);
