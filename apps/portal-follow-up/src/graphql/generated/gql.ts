/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n": typeof types.FollowUpRouteOptionsDocument,
    "\n  query TrackedIndicators($first: Int!, $after: String, $filter: TrackedIndicatorFilter) {\n    trackedIndicators(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          status\n          progressShare\n          targetValue\n          targetDate\n          route { id title }\n          lastVerified { value reportedOn }\n          progressReports { id value reportedOn verification }\n        }\n      }\n    }\n  }\n": typeof types.TrackedIndicatorsDocument,
    "\n  query IndicatorRollup($scope: IndicatorRollupScope!) {\n    indicatorRollup(scope: $scope) {\n      total\n      onTrack { count }\n      offTrack { count }\n      noData { count }\n    }\n  }\n": typeof types.IndicatorRollupDocument,
    "\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n": typeof types.TrackedIndicatorDocument,
    "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) { id version value reportedOn verification }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation UpdateProgressReport($input: UpdateProgressReportInput!) {\n    updateProgressReport(input: $input) { id version value reportedOn verification }\n  }\n": typeof types.UpdateProgressReportDocument,
    "\n  mutation VerifyProgressReport($id: ID!, $version: Int!) {\n    verifyProgressReport(id: $id, version: $version) { id version verification }\n  }\n": typeof types.VerifyProgressReportDocument,
    "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) {\n    returnProgressReport(id: $id, version: $version, reason: $reason) { id version verification returnReason }\n  }\n": typeof types.ReturnProgressReportDocument,
    "\n  query FollowUpSurveys($first: Int!, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status kind opensOn closesOn anonymous invitations { id answeredOn } } }\n    }\n  }\n": typeof types.FollowUpSurveysDocument,
    "\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt }\n    }\n  }\n": typeof types.FollowUpSurveyDocument,
    "\n  query FollowUpSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      invited\n      answered\n      responseRate\n      questions {\n        questionId\n        position\n        type\n        text\n        answered\n        mean\n        texts { text }\n        choices { value label count }\n        likert { score count }\n      }\n    }\n  }\n": typeof types.FollowUpSurveyResultsDocument,
    "\n  mutation FollowUpCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n": typeof types.FollowUpCreateSurveyDocument,
    "\n  mutation FollowUpAddSurveyQuestion($input: AddSurveyQuestionInput!) {\n    addSurveyQuestion(input: $input) { id }\n  }\n": typeof types.FollowUpAddSurveyQuestionDocument,
    "\n  mutation FollowUpRemoveSurveyQuestion($id: ID!, $version: Int!) {\n    removeSurveyQuestion(id: $id, version: $version)\n  }\n": typeof types.FollowUpRemoveSurveyQuestionDocument,
    "\n  mutation FollowUpAddRouteParticipantsToRoster($surveyId: ID!) {\n    addRouteParticipantsToRoster(surveyId: $surveyId) { id version invitations { id } }\n  }\n": typeof types.FollowUpAddRouteParticipantsToRosterDocument,
    "\n  mutation FollowUpChangeSurveyStatus($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) {\n    changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { id version status allowedMoves }\n  }\n": typeof types.FollowUpChangeSurveyStatusDocument,
    "\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title date country { name } route { id title } } }\n    }\n  }\n": typeof types.FollowUpEventsDocument,
    "\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title result locality documentedOn country { name } practice { id title } } }\n    }\n  }\n": typeof types.FollowUpScalingStoriesDocument,
};
const documents: Documents = {
    "\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n": types.FollowUpRouteOptionsDocument,
    "\n  query TrackedIndicators($first: Int!, $after: String, $filter: TrackedIndicatorFilter) {\n    trackedIndicators(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          status\n          progressShare\n          targetValue\n          targetDate\n          route { id title }\n          lastVerified { value reportedOn }\n          progressReports { id value reportedOn verification }\n        }\n      }\n    }\n  }\n": types.TrackedIndicatorsDocument,
    "\n  query IndicatorRollup($scope: IndicatorRollupScope!) {\n    indicatorRollup(scope: $scope) {\n      total\n      onTrack { count }\n      offTrack { count }\n      noData { count }\n    }\n  }\n": types.IndicatorRollupDocument,
    "\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n": types.TrackedIndicatorDocument,
    "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) { id version value reportedOn verification }\n  }\n": types.ReportProgressDocument,
    "\n  mutation UpdateProgressReport($input: UpdateProgressReportInput!) {\n    updateProgressReport(input: $input) { id version value reportedOn verification }\n  }\n": types.UpdateProgressReportDocument,
    "\n  mutation VerifyProgressReport($id: ID!, $version: Int!) {\n    verifyProgressReport(id: $id, version: $version) { id version verification }\n  }\n": types.VerifyProgressReportDocument,
    "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) {\n    returnProgressReport(id: $id, version: $version, reason: $reason) { id version verification returnReason }\n  }\n": types.ReturnProgressReportDocument,
    "\n  query FollowUpSurveys($first: Int!, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status kind opensOn closesOn anonymous invitations { id answeredOn } } }\n    }\n  }\n": types.FollowUpSurveysDocument,
    "\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt }\n    }\n  }\n": types.FollowUpSurveyDocument,
    "\n  query FollowUpSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      invited\n      answered\n      responseRate\n      questions {\n        questionId\n        position\n        type\n        text\n        answered\n        mean\n        texts { text }\n        choices { value label count }\n        likert { score count }\n      }\n    }\n  }\n": types.FollowUpSurveyResultsDocument,
    "\n  mutation FollowUpCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n": types.FollowUpCreateSurveyDocument,
    "\n  mutation FollowUpAddSurveyQuestion($input: AddSurveyQuestionInput!) {\n    addSurveyQuestion(input: $input) { id }\n  }\n": types.FollowUpAddSurveyQuestionDocument,
    "\n  mutation FollowUpRemoveSurveyQuestion($id: ID!, $version: Int!) {\n    removeSurveyQuestion(id: $id, version: $version)\n  }\n": types.FollowUpRemoveSurveyQuestionDocument,
    "\n  mutation FollowUpAddRouteParticipantsToRoster($surveyId: ID!) {\n    addRouteParticipantsToRoster(surveyId: $surveyId) { id version invitations { id } }\n  }\n": types.FollowUpAddRouteParticipantsToRosterDocument,
    "\n  mutation FollowUpChangeSurveyStatus($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) {\n    changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { id version status allowedMoves }\n  }\n": types.FollowUpChangeSurveyStatusDocument,
    "\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title date country { name } route { id title } } }\n    }\n  }\n": types.FollowUpEventsDocument,
    "\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title result locality documentedOn country { name } practice { id title } } }\n    }\n  }\n": types.FollowUpScalingStoriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n"): (typeof documents)["\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackedIndicators($first: Int!, $after: String, $filter: TrackedIndicatorFilter) {\n    trackedIndicators(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          status\n          progressShare\n          targetValue\n          targetDate\n          route { id title }\n          lastVerified { value reportedOn }\n          progressReports { id value reportedOn verification }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackedIndicators($first: Int!, $after: String, $filter: TrackedIndicatorFilter) {\n    trackedIndicators(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          status\n          progressShare\n          targetValue\n          targetDate\n          route { id title }\n          lastVerified { value reportedOn }\n          progressReports { id value reportedOn verification }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorRollup($scope: IndicatorRollupScope!) {\n    indicatorRollup(scope: $scope) {\n      total\n      onTrack { count }\n      offTrack { count }\n      noData { count }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorRollup($scope: IndicatorRollupScope!) {\n    indicatorRollup(scope: $scope) {\n      total\n      onTrack { count }\n      offTrack { count }\n      noData { count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) { id version value reportedOn verification }\n  }\n"): (typeof documents)["\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) { id version value reportedOn verification }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgressReport($input: UpdateProgressReportInput!) {\n    updateProgressReport(input: $input) { id version value reportedOn verification }\n  }\n"): (typeof documents)["\n  mutation UpdateProgressReport($input: UpdateProgressReportInput!) {\n    updateProgressReport(input: $input) { id version value reportedOn verification }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyProgressReport($id: ID!, $version: Int!) {\n    verifyProgressReport(id: $id, version: $version) { id version verification }\n  }\n"): (typeof documents)["\n  mutation VerifyProgressReport($id: ID!, $version: Int!) {\n    verifyProgressReport(id: $id, version: $version) { id version verification }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) {\n    returnProgressReport(id: $id, version: $version, reason: $reason) { id version verification returnReason }\n  }\n"): (typeof documents)["\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) {\n    returnProgressReport(id: $id, version: $version, reason: $reason) { id version verification returnReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpSurveys($first: Int!, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status kind opensOn closesOn anonymous invitations { id answeredOn } } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpSurveys($first: Int!, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status kind opensOn closesOn anonymous invitations { id answeredOn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      invited\n      answered\n      responseRate\n      questions {\n        questionId\n        position\n        type\n        text\n        answered\n        mean\n        texts { text }\n        choices { value label count }\n        likert { score count }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      invited\n      answered\n      responseRate\n      questions {\n        questionId\n        position\n        type\n        text\n        answered\n        mean\n        texts { text }\n        choices { value label count }\n        likert { score count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FollowUpCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpAddSurveyQuestion($input: AddSurveyQuestionInput!) {\n    addSurveyQuestion(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FollowUpAddSurveyQuestion($input: AddSurveyQuestionInput!) {\n    addSurveyQuestion(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpRemoveSurveyQuestion($id: ID!, $version: Int!) {\n    removeSurveyQuestion(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation FollowUpRemoveSurveyQuestion($id: ID!, $version: Int!) {\n    removeSurveyQuestion(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpAddRouteParticipantsToRoster($surveyId: ID!) {\n    addRouteParticipantsToRoster(surveyId: $surveyId) { id version invitations { id } }\n  }\n"): (typeof documents)["\n  mutation FollowUpAddRouteParticipantsToRoster($surveyId: ID!) {\n    addRouteParticipantsToRoster(surveyId: $surveyId) { id version invitations { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpChangeSurveyStatus($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) {\n    changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { id version status allowedMoves }\n  }\n"): (typeof documents)["\n  mutation FollowUpChangeSurveyStatus($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) {\n    changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { id version status allowedMoves }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title date country { name } route { id title } } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title date country { name } route { id title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title result locality documentedOn country { name } practice { id title } } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title result locality documentedOn country { name } practice { id title } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;