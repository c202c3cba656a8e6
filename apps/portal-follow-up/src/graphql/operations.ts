import { graphql } from './generated';

// Routes to choose from (the lists work on one route, or on all of them).
export const FollowUpRouteOptionsQuery = graphql(`
  query FollowUpRouteOptions {
    routes(first: 100) { edges { node { id title } } }
  }
`);

export const TrackedIndicatorsQuery = graphql(`
  query TrackedIndicators($first: Int!, $after: String, $filter: TrackedIndicatorFilter) {
    trackedIndicators(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          unit
          status
          progressShare
          targetValue
          targetDate
          route { id title }
          lastVerified { value reportedOn }
          progressReports { id value reportedOn verification }
        }
      }
    }
  }
`);

export const IndicatorRollupQuery = graphql(`
  query IndicatorRollup($scope: IndicatorRollupScope!) {
    indicatorRollup(scope: $scope) {
      total
      onTrack { count }
      offTrack { count }
      noData { count }
    }
  }
`);

export const TrackedIndicatorQuery = graphql(`
  query TrackedIndicator($id: ID!) {
    trackedIndicator(id: $id) {
      id
      version
      name
      objective
      unit
      status
      onTrack
      progressShare
      baselineValue
      baselineDate
      targetValue
      targetDate
      ownerPersonId
      owner { id fullName }
      route { id title }
      lastVerified { value reportedOn }
      progressReports {
        id
        version
        value
        reportedOn
        note
        evidenceUrl
        hasEvidenceFile
        evidenceFileUrl
        evidenceName
        verification
        returnReason
        reportedBy
      }
    }
  }
`);

export const ReportProgressMutation = graphql(`
  mutation ReportProgress($input: ReportProgressInput!) {
    reportProgress(input: $input) { id version value reportedOn verification }
  }
`);

export const UpdateProgressReportMutation = graphql(`
  mutation UpdateProgressReport($input: UpdateProgressReportInput!) {
    updateProgressReport(input: $input) { id version value reportedOn verification }
  }
`);

export const VerifyProgressReportMutation = graphql(`
  mutation VerifyProgressReport($id: ID!, $version: Int!) {
    verifyProgressReport(id: $id, version: $version) { id version verification }
  }
`);

export const ReturnProgressReportMutation = graphql(`
  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) {
    returnProgressReport(id: $id, version: $version, reason: $reason) { id version verification returnReason }
  }
`);

export const SurveysQuery = graphql(`
  query FollowUpSurveys($first: Int!, $after: String, $filter: SurveyFilter) {
    surveys(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title status kind opensOn closesOn anonymous invitations { id answeredOn } } }
    }
  }
`);

export const SurveyQuery = graphql(`
  query FollowUpSurvey($id: ID!) {
    survey(id: $id) {
      id
      version
      title
      introduction
      status
      kind
      anonymous
      opensOn
      closesOn
      routeId
      allowedMoves
      questions { id version position type required text options { value label { en fr es } } }
      invitations { id personId person { id fullName } answeredOn invitedAt }
    }
  }
`);

export const SurveyResultsQuery = graphql(`
  query FollowUpSurveyResults($surveyId: ID!) {
    surveyResults(surveyId: $surveyId) {
      surveyId
      invited
      answered
      responseRate
      questions {
        questionId
        position
        type
        text
        answered
        mean
        texts { text }
        choices { value label count }
        likert { score count }
      }
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation FollowUpCreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) { id }
  }
`);

export const AddSurveyQuestionMutation = graphql(`
  mutation FollowUpAddSurveyQuestion($input: AddSurveyQuestionInput!) {
    addSurveyQuestion(input: $input) { id }
  }
`);

export const RemoveSurveyQuestionMutation = graphql(`
  mutation FollowUpRemoveSurveyQuestion($id: ID!, $version: Int!) {
    removeSurveyQuestion(id: $id, version: $version)
  }
`);

export const AddRouteParticipantsToRosterMutation = graphql(`
  mutation FollowUpAddRouteParticipantsToRoster($surveyId: ID!) {
    addRouteParticipantsToRoster(surveyId: $surveyId) { id version invitations { id } }
  }
`);

export const ChangeSurveyStatusMutation = graphql(`
  mutation FollowUpChangeSurveyStatus($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) {
    changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { id version status allowedMoves }
  }
`);

export const FollowUpEventsQuery = graphql(`
  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {
    followUpEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title date country { name } route { id title } } }
    }
  }
`);

export const ScalingStoriesQuery = graphql(`
  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {
    scalingStories(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title result locality documentedOn country { name } practice { id title } } }
    }
  }
`);
