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
    "\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title programmeId } } }\n  }\n": typeof types.FollowUpRouteOptionsDocument,
    "\n  query TrackedIndicators($first: Int!, $after: String, $filter: TrackedIndicatorFilter) {\n    trackedIndicators(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          status\n          progressShare\n          targetValue\n          targetDate\n          route { id title }\n          lastVerified { value reportedOn }\n          progressReports { id value reportedOn verification }\n        }\n      }\n    }\n  }\n": typeof types.TrackedIndicatorsDocument,
    "\n  query IndicatorRollup($scope: IndicatorRollupScope!) {\n    indicatorRollup(scope: $scope) {\n      total\n      onTrack { count }\n      offTrack { count }\n      noData { count }\n    }\n  }\n": typeof types.IndicatorRollupDocument,
    "\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      programmeId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n": typeof types.TrackedIndicatorDocument,
    "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) { id version value reportedOn verification }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation UpdateProgressReport($input: UpdateProgressReportInput!) {\n    updateProgressReport(input: $input) { id version value reportedOn verification }\n  }\n": typeof types.UpdateProgressReportDocument,
    "\n  mutation VerifyProgressReport($id: ID!, $version: Int!) {\n    verifyProgressReport(id: $id, version: $version) { id version verification }\n  }\n": typeof types.VerifyProgressReportDocument,
    "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) {\n    returnProgressReport(id: $id, version: $version, reason: $reason) { id version verification returnReason }\n  }\n": typeof types.ReturnProgressReportDocument,
    "\n  query FollowUpSurveys($first: Int!, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status kind opensOn closesOn anonymous invitations { id answeredOn } } }\n    }\n  }\n": typeof types.FollowUpSurveysDocument,
    "\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt lastRemindedAt }\n    }\n  }\n": typeof types.FollowUpSurveyDocument,
    "\n  query FollowUpSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      invited\n      answered\n      responseRate\n      questions {\n        questionId\n        position\n        type\n        text\n        answered\n        mean\n        texts { text }\n        choices { value label count }\n        likert { score count }\n      }\n    }\n  }\n": typeof types.FollowUpSurveyResultsDocument,
    "\n  mutation FollowUpCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n": typeof types.FollowUpCreateSurveyDocument,
    "\n  mutation FollowUpAddSurveyQuestion($input: AddSurveyQuestionInput!) {\n    addSurveyQuestion(input: $input) { id }\n  }\n": typeof types.FollowUpAddSurveyQuestionDocument,
    "\n  mutation FollowUpRemoveSurveyQuestion($id: ID!, $version: Int!) {\n    removeSurveyQuestion(id: $id, version: $version)\n  }\n": typeof types.FollowUpRemoveSurveyQuestionDocument,
    "\n  mutation FollowUpAddRouteParticipantsToRoster($surveyId: ID!) {\n    addRouteParticipantsToRoster(surveyId: $surveyId) { id version invitations { id } }\n  }\n": typeof types.FollowUpAddRouteParticipantsToRosterDocument,
    "\n  mutation FollowUpChangeSurveyStatus($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) {\n    changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { id version status allowedMoves }\n  }\n": typeof types.FollowUpChangeSurveyStatusDocument,
    "\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          date\n          countryCode\n          country { name }\n          route { id title }\n          titleTranslations { en fr es }\n          notesTranslations { en fr es }\n          participants { id fullName }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpEventsDocument,
    "\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          result\n          locality\n          documentedOn\n          evidenceUrl\n          countryCode\n          routeId\n          practiceId\n          adaptedByOrganisationId\n          titleTranslations { en fr es }\n          resultTranslations { en fr es }\n          country { name }\n          practice { id title }\n          adaptedByOrganisation { id name }\n        }\n      }\n    }\n  }\n": typeof types.FollowUpScalingStoriesDocument,
    "\n  mutation FollowUpRemindSurveyInvitees($input: RemindSurveyInviteesInput!) {\n    remindSurveyInvitees(input: $input) { invitationId result }\n  }\n": typeof types.FollowUpRemindSurveyInviteesDocument,
    "\n  mutation FollowUpSetSurveyRoster($surveyId: ID!, $personIds: [ID!]!) {\n    setSurveyRoster(surveyId: $surveyId, personIds: $personIds) { id version invitations { id } }\n  }\n": typeof types.FollowUpSetSurveyRosterDocument,
    "\n  query FollowUpPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { name } } }\n    }\n  }\n": typeof types.FollowUpPeopleDocument,
    "\n  query FollowUpProgrammeOptions {\n    programmes(first: 100) { edges { node { id name } } }\n  }\n": typeof types.FollowUpProgrammeOptionsDocument,
    "\n  query FollowUpReportingPeriods($programmeId: ID!, $first: Int!, $after: String, $filter: ReportingPeriodFilter) {\n    reportingPeriods(programmeId: $programmeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version label startsOn endsOn closesOn status locksOn allowedMoves } }\n    }\n  }\n": typeof types.FollowUpReportingPeriodsDocument,
    "\n  query FollowUpCoveringPeriod($programmeId: ID!, $day: String!) {\n    reportingPeriods(programmeId: $programmeId, first: 1, filter: { covers: $day }) {\n      edges { node { id label startsOn endsOn status } }\n    }\n  }\n": typeof types.FollowUpCoveringPeriodDocument,
    "\n  mutation FollowUpCreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) { id }\n  }\n": typeof types.FollowUpCreateReportingPeriodDocument,
    "\n  mutation FollowUpLockReportingPeriod($id: ID!, $version: Int!) {\n    lockReportingPeriod(id: $id, version: $version) { id version status allowedMoves }\n  }\n": typeof types.FollowUpLockReportingPeriodDocument,
    "\n  mutation FollowUpReopenReportingPeriod($id: ID!, $version: Int!, $reason: String!) {\n    reopenReportingPeriod(id: $id, version: $version, reason: $reason) { id version status allowedMoves }\n  }\n": typeof types.FollowUpReopenReportingPeriodDocument,
    "\n  query FollowUpUnverifiedReports($first: Int!, $after: String, $filter: ProgressReportFilter) {\n    progressReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version value reportedOn note indicator { id name unit route { id title } } } }\n    }\n  }\n": typeof types.FollowUpUnverifiedReportsDocument,
    "\n  mutation FollowUpVerifyProgressReports($input: VerifyProgressReportsInput!) {\n    verifyProgressReports(input: $input) { id version verification }\n  }\n": typeof types.FollowUpVerifyProgressReportsDocument,
    "\n  mutation FollowUpCreateEvent($input: CreateFollowUpEventInput!) {\n    createFollowUpEvent(input: $input) { id }\n  }\n": typeof types.FollowUpCreateEventDocument,
    "\n  mutation FollowUpUpdateEvent($input: UpdateFollowUpEventInput!) {\n    updateFollowUpEvent(input: $input) { id version }\n  }\n": typeof types.FollowUpUpdateEventDocument,
    "\n  mutation FollowUpDeleteEvent($id: ID!, $version: Int!) {\n    deleteFollowUpEvent(id: $id, version: $version)\n  }\n": typeof types.FollowUpDeleteEventDocument,
    "\n  mutation FollowUpCreateStory($input: CreateScalingStoryInput!) {\n    createScalingStory(input: $input) { id }\n  }\n": typeof types.FollowUpCreateStoryDocument,
    "\n  mutation FollowUpUpdateStory($input: UpdateScalingStoryInput!) {\n    updateScalingStory(input: $input) { id version }\n  }\n": typeof types.FollowUpUpdateStoryDocument,
    "\n  mutation FollowUpDeleteStory($id: ID!, $version: Int!) {\n    deleteScalingStory(id: $id, version: $version)\n  }\n": typeof types.FollowUpDeleteStoryDocument,
    "\n  query FollowUpStoryPracticeOptions($search: String) {\n    practices(first: 20, filter: { search: $search }) { totalCount edges { node { id title } } }\n  }\n": typeof types.FollowUpStoryPracticeOptionsDocument,
    "\n  query FollowUpStoryOrganisationOptions($search: String) {\n    organisations(first: 20, filter: { search: $search }) { totalCount edges { node { id name acronym } } }\n  }\n": typeof types.FollowUpStoryOrganisationOptionsDocument,
    "\n  query FollowUpCommunities($first: Int!, $after: String, $filter: CommunityOfPracticeFilter) {\n    communitiesOfPractice(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version name description descriptionTranslations { en fr es } memberCount url startedOn routes { id title } } }\n    }\n  }\n": typeof types.FollowUpCommunitiesDocument,
    "\n  mutation FollowUpCreateCommunity($input: CreateCommunityOfPracticeInput!) {\n    createCommunityOfPractice(input: $input) { id }\n  }\n": typeof types.FollowUpCreateCommunityDocument,
    "\n  mutation FollowUpUpdateCommunity($input: UpdateCommunityOfPracticeInput!) {\n    updateCommunityOfPractice(input: $input) { id version }\n  }\n": typeof types.FollowUpUpdateCommunityDocument,
    "\n  mutation FollowUpDeleteCommunity($id: ID!, $version: Int!) {\n    deleteCommunityOfPractice(id: $id, version: $version)\n  }\n": typeof types.FollowUpDeleteCommunityDocument,
    "\n  query FollowUpIndicatorsTile($routeId: ID!) {\n    indicatorRollup(scope: { routeId: $routeId }) { total offTrack { count } onTrack { count } noData { count } }\n  }\n": typeof types.FollowUpIndicatorsTileDocument,
    "\n  query FollowUpRouteSurveysTile($routeId: ID!) {\n    surveys(first: 5, filter: { routeId: $routeId }) { edges { node { id title status } } }\n  }\n": typeof types.FollowUpRouteSurveysTileDocument,
    "\n  query FollowUpSurveyRateTile($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) { surveyId answered invited responseRate }\n  }\n": typeof types.FollowUpSurveyRateTileDocument,
    "\n  query FollowUpMySurveysTile {\n    mySurveys { surveyId title closesOn answered answerPath }\n  }\n": typeof types.FollowUpMySurveysTileDocument,
};
const documents: Documents = {
    "\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title programmeId } } }\n  }\n": types.FollowUpRouteOptionsDocument,
    "\n  query TrackedIndicators($first: Int!, $after: String, $filter: TrackedIndicatorFilter) {\n    trackedIndicators(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          unit\n          status\n          progressShare\n          targetValue\n          targetDate\n          route { id title }\n          lastVerified { value reportedOn }\n          progressReports { id value reportedOn verification }\n        }\n      }\n    }\n  }\n": types.TrackedIndicatorsDocument,
    "\n  query IndicatorRollup($scope: IndicatorRollupScope!) {\n    indicatorRollup(scope: $scope) {\n      total\n      onTrack { count }\n      offTrack { count }\n      noData { count }\n    }\n  }\n": types.IndicatorRollupDocument,
    "\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      programmeId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n": types.TrackedIndicatorDocument,
    "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) { id version value reportedOn verification }\n  }\n": types.ReportProgressDocument,
    "\n  mutation UpdateProgressReport($input: UpdateProgressReportInput!) {\n    updateProgressReport(input: $input) { id version value reportedOn verification }\n  }\n": types.UpdateProgressReportDocument,
    "\n  mutation VerifyProgressReport($id: ID!, $version: Int!) {\n    verifyProgressReport(id: $id, version: $version) { id version verification }\n  }\n": types.VerifyProgressReportDocument,
    "\n  mutation ReturnProgressReport($id: ID!, $version: Int!, $reason: String!) {\n    returnProgressReport(id: $id, version: $version, reason: $reason) { id version verification returnReason }\n  }\n": types.ReturnProgressReportDocument,
    "\n  query FollowUpSurveys($first: Int!, $after: String, $filter: SurveyFilter) {\n    surveys(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status kind opensOn closesOn anonymous invitations { id answeredOn } } }\n    }\n  }\n": types.FollowUpSurveysDocument,
    "\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt lastRemindedAt }\n    }\n  }\n": types.FollowUpSurveyDocument,
    "\n  query FollowUpSurveyResults($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) {\n      surveyId\n      invited\n      answered\n      responseRate\n      questions {\n        questionId\n        position\n        type\n        text\n        answered\n        mean\n        texts { text }\n        choices { value label count }\n        likert { score count }\n      }\n    }\n  }\n": types.FollowUpSurveyResultsDocument,
    "\n  mutation FollowUpCreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n": types.FollowUpCreateSurveyDocument,
    "\n  mutation FollowUpAddSurveyQuestion($input: AddSurveyQuestionInput!) {\n    addSurveyQuestion(input: $input) { id }\n  }\n": types.FollowUpAddSurveyQuestionDocument,
    "\n  mutation FollowUpRemoveSurveyQuestion($id: ID!, $version: Int!) {\n    removeSurveyQuestion(id: $id, version: $version)\n  }\n": types.FollowUpRemoveSurveyQuestionDocument,
    "\n  mutation FollowUpAddRouteParticipantsToRoster($surveyId: ID!) {\n    addRouteParticipantsToRoster(surveyId: $surveyId) { id version invitations { id } }\n  }\n": types.FollowUpAddRouteParticipantsToRosterDocument,
    "\n  mutation FollowUpChangeSurveyStatus($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) {\n    changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { id version status allowedMoves }\n  }\n": types.FollowUpChangeSurveyStatusDocument,
    "\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          date\n          countryCode\n          country { name }\n          route { id title }\n          titleTranslations { en fr es }\n          notesTranslations { en fr es }\n          participants { id fullName }\n        }\n      }\n    }\n  }\n": types.FollowUpEventsDocument,
    "\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          result\n          locality\n          documentedOn\n          evidenceUrl\n          countryCode\n          routeId\n          practiceId\n          adaptedByOrganisationId\n          titleTranslations { en fr es }\n          resultTranslations { en fr es }\n          country { name }\n          practice { id title }\n          adaptedByOrganisation { id name }\n        }\n      }\n    }\n  }\n": types.FollowUpScalingStoriesDocument,
    "\n  mutation FollowUpRemindSurveyInvitees($input: RemindSurveyInviteesInput!) {\n    remindSurveyInvitees(input: $input) { invitationId result }\n  }\n": types.FollowUpRemindSurveyInviteesDocument,
    "\n  mutation FollowUpSetSurveyRoster($surveyId: ID!, $personIds: [ID!]!) {\n    setSurveyRoster(surveyId: $surveyId, personIds: $personIds) { id version invitations { id } }\n  }\n": types.FollowUpSetSurveyRosterDocument,
    "\n  query FollowUpPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { name } } }\n    }\n  }\n": types.FollowUpPeopleDocument,
    "\n  query FollowUpProgrammeOptions {\n    programmes(first: 100) { edges { node { id name } } }\n  }\n": types.FollowUpProgrammeOptionsDocument,
    "\n  query FollowUpReportingPeriods($programmeId: ID!, $first: Int!, $after: String, $filter: ReportingPeriodFilter) {\n    reportingPeriods(programmeId: $programmeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version label startsOn endsOn closesOn status locksOn allowedMoves } }\n    }\n  }\n": types.FollowUpReportingPeriodsDocument,
    "\n  query FollowUpCoveringPeriod($programmeId: ID!, $day: String!) {\n    reportingPeriods(programmeId: $programmeId, first: 1, filter: { covers: $day }) {\n      edges { node { id label startsOn endsOn status } }\n    }\n  }\n": types.FollowUpCoveringPeriodDocument,
    "\n  mutation FollowUpCreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) { id }\n  }\n": types.FollowUpCreateReportingPeriodDocument,
    "\n  mutation FollowUpLockReportingPeriod($id: ID!, $version: Int!) {\n    lockReportingPeriod(id: $id, version: $version) { id version status allowedMoves }\n  }\n": types.FollowUpLockReportingPeriodDocument,
    "\n  mutation FollowUpReopenReportingPeriod($id: ID!, $version: Int!, $reason: String!) {\n    reopenReportingPeriod(id: $id, version: $version, reason: $reason) { id version status allowedMoves }\n  }\n": types.FollowUpReopenReportingPeriodDocument,
    "\n  query FollowUpUnverifiedReports($first: Int!, $after: String, $filter: ProgressReportFilter) {\n    progressReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version value reportedOn note indicator { id name unit route { id title } } } }\n    }\n  }\n": types.FollowUpUnverifiedReportsDocument,
    "\n  mutation FollowUpVerifyProgressReports($input: VerifyProgressReportsInput!) {\n    verifyProgressReports(input: $input) { id version verification }\n  }\n": types.FollowUpVerifyProgressReportsDocument,
    "\n  mutation FollowUpCreateEvent($input: CreateFollowUpEventInput!) {\n    createFollowUpEvent(input: $input) { id }\n  }\n": types.FollowUpCreateEventDocument,
    "\n  mutation FollowUpUpdateEvent($input: UpdateFollowUpEventInput!) {\n    updateFollowUpEvent(input: $input) { id version }\n  }\n": types.FollowUpUpdateEventDocument,
    "\n  mutation FollowUpDeleteEvent($id: ID!, $version: Int!) {\n    deleteFollowUpEvent(id: $id, version: $version)\n  }\n": types.FollowUpDeleteEventDocument,
    "\n  mutation FollowUpCreateStory($input: CreateScalingStoryInput!) {\n    createScalingStory(input: $input) { id }\n  }\n": types.FollowUpCreateStoryDocument,
    "\n  mutation FollowUpUpdateStory($input: UpdateScalingStoryInput!) {\n    updateScalingStory(input: $input) { id version }\n  }\n": types.FollowUpUpdateStoryDocument,
    "\n  mutation FollowUpDeleteStory($id: ID!, $version: Int!) {\n    deleteScalingStory(id: $id, version: $version)\n  }\n": types.FollowUpDeleteStoryDocument,
    "\n  query FollowUpStoryPracticeOptions($search: String) {\n    practices(first: 20, filter: { search: $search }) { totalCount edges { node { id title } } }\n  }\n": types.FollowUpStoryPracticeOptionsDocument,
    "\n  query FollowUpStoryOrganisationOptions($search: String) {\n    organisations(first: 20, filter: { search: $search }) { totalCount edges { node { id name acronym } } }\n  }\n": types.FollowUpStoryOrganisationOptionsDocument,
    "\n  query FollowUpCommunities($first: Int!, $after: String, $filter: CommunityOfPracticeFilter) {\n    communitiesOfPractice(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version name description descriptionTranslations { en fr es } memberCount url startedOn routes { id title } } }\n    }\n  }\n": types.FollowUpCommunitiesDocument,
    "\n  mutation FollowUpCreateCommunity($input: CreateCommunityOfPracticeInput!) {\n    createCommunityOfPractice(input: $input) { id }\n  }\n": types.FollowUpCreateCommunityDocument,
    "\n  mutation FollowUpUpdateCommunity($input: UpdateCommunityOfPracticeInput!) {\n    updateCommunityOfPractice(input: $input) { id version }\n  }\n": types.FollowUpUpdateCommunityDocument,
    "\n  mutation FollowUpDeleteCommunity($id: ID!, $version: Int!) {\n    deleteCommunityOfPractice(id: $id, version: $version)\n  }\n": types.FollowUpDeleteCommunityDocument,
    "\n  query FollowUpIndicatorsTile($routeId: ID!) {\n    indicatorRollup(scope: { routeId: $routeId }) { total offTrack { count } onTrack { count } noData { count } }\n  }\n": types.FollowUpIndicatorsTileDocument,
    "\n  query FollowUpRouteSurveysTile($routeId: ID!) {\n    surveys(first: 5, filter: { routeId: $routeId }) { edges { node { id title status } } }\n  }\n": types.FollowUpRouteSurveysTileDocument,
    "\n  query FollowUpSurveyRateTile($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) { surveyId answered invited responseRate }\n  }\n": types.FollowUpSurveyRateTileDocument,
    "\n  query FollowUpMySurveysTile {\n    mySurveys { surveyId title closesOn answered answerPath }\n  }\n": types.FollowUpMySurveysTileDocument,
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
export function graphql(source: "\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title programmeId } } }\n  }\n"): (typeof documents)["\n  query FollowUpRouteOptions {\n    routes(first: 100) { edges { node { id title programmeId } } }\n  }\n"];
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
export function graphql(source: "\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      programmeId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackedIndicator($id: ID!) {\n    trackedIndicator(id: $id) {\n      id\n      version\n      name\n      objective\n      unit\n      status\n      onTrack\n      progressShare\n      baselineValue\n      baselineDate\n      targetValue\n      targetDate\n      ownerPersonId\n      programmeId\n      owner { id fullName }\n      route { id title }\n      lastVerified { value reportedOn }\n      progressReports {\n        id\n        version\n        value\n        reportedOn\n        note\n        evidenceUrl\n        hasEvidenceFile\n        evidenceFileUrl\n        evidenceName\n        verification\n        returnReason\n        reportedBy\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt lastRemindedAt }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      version\n      title\n      introduction\n      status\n      kind\n      anonymous\n      opensOn\n      closesOn\n      routeId\n      allowedMoves\n      questions { id version position type required text options { value label { en fr es } } }\n      invitations { id personId person { id fullName } answeredOn invitedAt lastRemindedAt }\n    }\n  }\n"];
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
export function graphql(source: "\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          date\n          countryCode\n          country { name }\n          route { id title }\n          titleTranslations { en fr es }\n          notesTranslations { en fr es }\n          participants { id fullName }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpEvents($first: Int!, $after: String, $filter: FollowUpEventFilter) {\n    followUpEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          kind\n          title\n          date\n          countryCode\n          country { name }\n          route { id title }\n          titleTranslations { en fr es }\n          notesTranslations { en fr es }\n          participants { id fullName }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          result\n          locality\n          documentedOn\n          evidenceUrl\n          countryCode\n          routeId\n          practiceId\n          adaptedByOrganisationId\n          titleTranslations { en fr es }\n          resultTranslations { en fr es }\n          country { name }\n          practice { id title }\n          adaptedByOrganisation { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {\n    scalingStories(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          result\n          locality\n          documentedOn\n          evidenceUrl\n          countryCode\n          routeId\n          practiceId\n          adaptedByOrganisationId\n          titleTranslations { en fr es }\n          resultTranslations { en fr es }\n          country { name }\n          practice { id title }\n          adaptedByOrganisation { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpRemindSurveyInvitees($input: RemindSurveyInviteesInput!) {\n    remindSurveyInvitees(input: $input) { invitationId result }\n  }\n"): (typeof documents)["\n  mutation FollowUpRemindSurveyInvitees($input: RemindSurveyInviteesInput!) {\n    remindSurveyInvitees(input: $input) { invitationId result }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpSetSurveyRoster($surveyId: ID!, $personIds: [ID!]!) {\n    setSurveyRoster(surveyId: $surveyId, personIds: $personIds) { id version invitations { id } }\n  }\n"): (typeof documents)["\n  mutation FollowUpSetSurveyRoster($surveyId: ID!, $personIds: [ID!]!) {\n    setSurveyRoster(surveyId: $surveyId, personIds: $personIds) { id version invitations { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { name } } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpPeople($search: String) {\n    people(first: 20, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpProgrammeOptions {\n    programmes(first: 100) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query FollowUpProgrammeOptions {\n    programmes(first: 100) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpReportingPeriods($programmeId: ID!, $first: Int!, $after: String, $filter: ReportingPeriodFilter) {\n    reportingPeriods(programmeId: $programmeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version label startsOn endsOn closesOn status locksOn allowedMoves } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpReportingPeriods($programmeId: ID!, $first: Int!, $after: String, $filter: ReportingPeriodFilter) {\n    reportingPeriods(programmeId: $programmeId, first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version label startsOn endsOn closesOn status locksOn allowedMoves } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCoveringPeriod($programmeId: ID!, $day: String!) {\n    reportingPeriods(programmeId: $programmeId, first: 1, filter: { covers: $day }) {\n      edges { node { id label startsOn endsOn status } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpCoveringPeriod($programmeId: ID!, $day: String!) {\n    reportingPeriods(programmeId: $programmeId, first: 1, filter: { covers: $day }) {\n      edges { node { id label startsOn endsOn status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpCreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FollowUpCreateReportingPeriod($input: CreateReportingPeriodInput!) {\n    createReportingPeriod(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpLockReportingPeriod($id: ID!, $version: Int!) {\n    lockReportingPeriod(id: $id, version: $version) { id version status allowedMoves }\n  }\n"): (typeof documents)["\n  mutation FollowUpLockReportingPeriod($id: ID!, $version: Int!) {\n    lockReportingPeriod(id: $id, version: $version) { id version status allowedMoves }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpReopenReportingPeriod($id: ID!, $version: Int!, $reason: String!) {\n    reopenReportingPeriod(id: $id, version: $version, reason: $reason) { id version status allowedMoves }\n  }\n"): (typeof documents)["\n  mutation FollowUpReopenReportingPeriod($id: ID!, $version: Int!, $reason: String!) {\n    reopenReportingPeriod(id: $id, version: $version, reason: $reason) { id version status allowedMoves }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpUnverifiedReports($first: Int!, $after: String, $filter: ProgressReportFilter) {\n    progressReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version value reportedOn note indicator { id name unit route { id title } } } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpUnverifiedReports($first: Int!, $after: String, $filter: ProgressReportFilter) {\n    progressReports(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version value reportedOn note indicator { id name unit route { id title } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpVerifyProgressReports($input: VerifyProgressReportsInput!) {\n    verifyProgressReports(input: $input) { id version verification }\n  }\n"): (typeof documents)["\n  mutation FollowUpVerifyProgressReports($input: VerifyProgressReportsInput!) {\n    verifyProgressReports(input: $input) { id version verification }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpCreateEvent($input: CreateFollowUpEventInput!) {\n    createFollowUpEvent(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FollowUpCreateEvent($input: CreateFollowUpEventInput!) {\n    createFollowUpEvent(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpUpdateEvent($input: UpdateFollowUpEventInput!) {\n    updateFollowUpEvent(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation FollowUpUpdateEvent($input: UpdateFollowUpEventInput!) {\n    updateFollowUpEvent(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpDeleteEvent($id: ID!, $version: Int!) {\n    deleteFollowUpEvent(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation FollowUpDeleteEvent($id: ID!, $version: Int!) {\n    deleteFollowUpEvent(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpCreateStory($input: CreateScalingStoryInput!) {\n    createScalingStory(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FollowUpCreateStory($input: CreateScalingStoryInput!) {\n    createScalingStory(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpUpdateStory($input: UpdateScalingStoryInput!) {\n    updateScalingStory(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation FollowUpUpdateStory($input: UpdateScalingStoryInput!) {\n    updateScalingStory(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpDeleteStory($id: ID!, $version: Int!) {\n    deleteScalingStory(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation FollowUpDeleteStory($id: ID!, $version: Int!) {\n    deleteScalingStory(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpStoryPracticeOptions($search: String) {\n    practices(first: 20, filter: { search: $search }) { totalCount edges { node { id title } } }\n  }\n"): (typeof documents)["\n  query FollowUpStoryPracticeOptions($search: String) {\n    practices(first: 20, filter: { search: $search }) { totalCount edges { node { id title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpStoryOrganisationOptions($search: String) {\n    organisations(first: 20, filter: { search: $search }) { totalCount edges { node { id name acronym } } }\n  }\n"): (typeof documents)["\n  query FollowUpStoryOrganisationOptions($search: String) {\n    organisations(first: 20, filter: { search: $search }) { totalCount edges { node { id name acronym } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCommunities($first: Int!, $after: String, $filter: CommunityOfPracticeFilter) {\n    communitiesOfPractice(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version name description descriptionTranslations { en fr es } memberCount url startedOn routes { id title } } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpCommunities($first: Int!, $after: String, $filter: CommunityOfPracticeFilter) {\n    communitiesOfPractice(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id version name description descriptionTranslations { en fr es } memberCount url startedOn routes { id title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpCreateCommunity($input: CreateCommunityOfPracticeInput!) {\n    createCommunityOfPractice(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FollowUpCreateCommunity($input: CreateCommunityOfPracticeInput!) {\n    createCommunityOfPractice(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpUpdateCommunity($input: UpdateCommunityOfPracticeInput!) {\n    updateCommunityOfPractice(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation FollowUpUpdateCommunity($input: UpdateCommunityOfPracticeInput!) {\n    updateCommunityOfPractice(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpDeleteCommunity($id: ID!, $version: Int!) {\n    deleteCommunityOfPractice(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation FollowUpDeleteCommunity($id: ID!, $version: Int!) {\n    deleteCommunityOfPractice(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpIndicatorsTile($routeId: ID!) {\n    indicatorRollup(scope: { routeId: $routeId }) { total offTrack { count } onTrack { count } noData { count } }\n  }\n"): (typeof documents)["\n  query FollowUpIndicatorsTile($routeId: ID!) {\n    indicatorRollup(scope: { routeId: $routeId }) { total offTrack { count } onTrack { count } noData { count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpRouteSurveysTile($routeId: ID!) {\n    surveys(first: 5, filter: { routeId: $routeId }) { edges { node { id title status } } }\n  }\n"): (typeof documents)["\n  query FollowUpRouteSurveysTile($routeId: ID!) {\n    surveys(first: 5, filter: { routeId: $routeId }) { edges { node { id title status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpSurveyRateTile($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) { surveyId answered invited responseRate }\n  }\n"): (typeof documents)["\n  query FollowUpSurveyRateTile($surveyId: ID!) {\n    surveyResults(surveyId: $surveyId) { surveyId answered invited responseRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpMySurveysTile {\n    mySurveys { surveyId title closesOn answered answerPath }\n  }\n"): (typeof documents)["\n  query FollowUpMySurveysTile {\n    mySurveys { surveyId title closesOn answered answerPath }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;