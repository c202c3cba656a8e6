import { graphql } from '../graphql/generated';

export const ReadinessTileQuery = graphql(`
  query ChampionsReadinessTile($routeId: ID!) {
    championReadiness(routeId: $routeId) { routeId championCount trainedCount needTrainingCount practices { __typename } }
  }
`);
