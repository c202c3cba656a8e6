import { graphql } from '../graphql/generated';

export const IndicatorsTileQuery = graphql(`
  query FollowUpIndicatorsTile($routeId: ID!) {
    indicatorRollup(scope: { routeId: $routeId }) { total offTrack { count } onTrack { count } noData { count } }
  }
`);

// Latest opening first: the tile shows the newest survey that went out.
export const RouteSurveysTileQuery = graphql(`
  query FollowUpRouteSurveysTile($routeId: ID!) {
    surveys(first: 5, filter: { routeId: $routeId }) { edges { node { id title status } } }
  }
`);

export const SurveyRateTileQuery = graphql(`
  query FollowUpSurveyRateTile($surveyId: ID!) {
    surveyResults(surveyId: $surveyId) { surveyId answered invited responseRate }
  }
`);

export const MySurveysTileQuery = graphql(`
  query FollowUpMySurveysTile {
    mySurveys { surveyId title closesOn answered answerPath }
  }
`);
