import { graphql } from '../graphql/generated';

export const CompositionTileQuery = graphql(`
  query DelegationsCompositionTile($routeId: ID!) {
    routeComposition(routeId: $routeId) { routeId ready selectedParticipants teamMembers rules { code holds severity } }
    delegations(first: 1, filter: { routeId: $routeId }) { totalCount }
  }
`);

export const MyParticipationTileQuery = graphql(`
  query DelegationsMyParticipationTile {
    myParticipations { id status route { id title } delegation { id name } }
  }
`);
