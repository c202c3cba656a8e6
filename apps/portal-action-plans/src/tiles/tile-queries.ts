import { graphql } from '../graphql/generated';

export const ReviewTileQuery = graphql(`
  query ActionPlansReviewTile($routeId: ID!) {
    awaiting: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [SUBMITTED, IN_REVIEW] }) { totalCount }
    final: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [FINAL, AWARDED] }) { totalCount }
    all: actionPlans(first: 1, filter: { routeId: $routeId }) { totalCount }
  }
`);

export const MyPlansTileQuery = graphql(`
  query ActionPlansMyPlansTile {
    myParticipations {
      id
      route { id title }
      delegation { id name actionPlan { id title status } }
    }
  }
`);

export const MyBallotTileQuery = graphql(`
  query ActionPlansMyBallotTile($routeId: ID!) {
    routeActionFund(routeId: $routeId) { id votingStatus }
    myBallot(routeId: $routeId) { id castAt plan { id title } }
  }
`);
