import { graphql } from '../graphql/generated';

export const RoutePhaseTileQuery = graphql(`
  query RoutePhaseTile($id: ID!) {
    route(id: $id) { id phase startDate endDate }
  }
`);
