import { graphql } from './generated';

// Routes to choose from (the lists work on one route, or on all of them).
export const FollowUpRouteOptionsQuery = graphql(`
  query FollowUpRouteOptions {
    routes(first: 100) { edges { node { id title programmeId } } }
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
      programmeId
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
      invitations { id personId person { id fullName } answeredOn invitedAt lastRemindedAt }
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
      edges {
        node {
          id
          version
          kind
          title
          date
          countryCode
          country { name }
          route { id title }
          titleTranslations { en fr es }
          notesTranslations { en fr es }
          participants { id fullName }
        }
      }
    }
  }
`);

export const ScalingStoriesQuery = graphql(`
  query FollowUpScalingStories($first: Int!, $after: String, $filter: ScalingStoryFilter) {
    scalingStories(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          version
          title
          result
          locality
          documentedOn
          evidenceUrl
          countryCode
          routeId
          practiceId
          adaptedByOrganisationId
          titleTranslations { en fr es }
          resultTranslations { en fr es }
          country { name }
          practice { id title }
          adaptedByOrganisation { id name }
        }
      }
    }
  }
`);

/** A reminder now to the chosen people of an open survey's roster; each row says whether it went or why not. */
export const RemindSurveyInviteesMutation = graphql(`
  mutation FollowUpRemindSurveyInvitees($input: RemindSurveyInviteesInput!) {
    remindSurveyInvitees(input: $input) { invitationId result }
  }
`);

export const SetSurveyRosterMutation = graphql(`
  mutation FollowUpSetSurveyRoster($surveyId: ID!, $personIds: [ID!]!) {
    setSurveyRoster(surveyId: $surveyId, personIds: $personIds) { id version invitations { id } }
  }
`);

// People on record, narrowed by a search (event participants, a survey's roster).
export const FollowUpPeopleQuery = graphql(`
  query FollowUpPeople($search: String) {
    people(first: 20, filter: { search: $search }) {
      totalCount
      edges { node { id fullName country { name } } }
    }
  }
`);

export const FollowUpProgrammeOptionsQuery = graphql(`
  query FollowUpProgrammeOptions {
    programmes(first: 100) { edges { node { id name } } }
  }
`);

export const ReportingPeriodsQuery = graphql(`
  query FollowUpReportingPeriods($programmeId: ID!, $first: Int!, $after: String, $filter: ReportingPeriodFilter) {
    reportingPeriods(programmeId: $programmeId, first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id version label startsOn endsOn closesOn status locksOn allowedMoves } }
    }
  }
`);

// The period that covers a day, for the progress form to say beforehand that it is locked.
export const CoveringPeriodQuery = graphql(`
  query FollowUpCoveringPeriod($programmeId: ID!, $day: String!) {
    reportingPeriods(programmeId: $programmeId, first: 1, filter: { covers: $day }) {
      edges { node { id label startsOn endsOn status } }
    }
  }
`);

export const CreateReportingPeriodMutation = graphql(`
  mutation FollowUpCreateReportingPeriod($input: CreateReportingPeriodInput!) {
    createReportingPeriod(input: $input) { id }
  }
`);

export const LockReportingPeriodMutation = graphql(`
  mutation FollowUpLockReportingPeriod($id: ID!, $version: Int!) {
    lockReportingPeriod(id: $id, version: $version) { id version status allowedMoves }
  }
`);

export const ReopenReportingPeriodMutation = graphql(`
  mutation FollowUpReopenReportingPeriod($id: ID!, $version: Int!, $reason: String!) {
    reopenReportingPeriod(id: $id, version: $version, reason: $reason) { id version status allowedMoves }
  }
`);

// Reports waiting for verification, for verifying several at once.
export const UnverifiedReportsQuery = graphql(`
  query FollowUpUnverifiedReports($first: Int!, $after: String, $filter: ProgressReportFilter) {
    progressReports(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id version value reportedOn note indicator { id name unit route { id title } } } }
    }
  }
`);

export const VerifyProgressReportsMutation = graphql(`
  mutation FollowUpVerifyProgressReports($input: VerifyProgressReportsInput!) {
    verifyProgressReports(input: $input) { id version verification }
  }
`);

export const CreateFollowUpEventMutation = graphql(`
  mutation FollowUpCreateEvent($input: CreateFollowUpEventInput!) {
    createFollowUpEvent(input: $input) { id }
  }
`);

export const UpdateFollowUpEventMutation = graphql(`
  mutation FollowUpUpdateEvent($input: UpdateFollowUpEventInput!) {
    updateFollowUpEvent(input: $input) { id version }
  }
`);

export const DeleteFollowUpEventMutation = graphql(`
  mutation FollowUpDeleteEvent($id: ID!, $version: Int!) {
    deleteFollowUpEvent(id: $id, version: $version)
  }
`);

export const CreateScalingStoryMutation = graphql(`
  mutation FollowUpCreateStory($input: CreateScalingStoryInput!) {
    createScalingStory(input: $input) { id }
  }
`);

export const UpdateScalingStoryMutation = graphql(`
  mutation FollowUpUpdateStory($input: UpdateScalingStoryInput!) {
    updateScalingStory(input: $input) { id version }
  }
`);

export const DeleteScalingStoryMutation = graphql(`
  mutation FollowUpDeleteStory($id: ID!, $version: Int!) {
    deleteScalingStory(id: $id, version: $version)
  }
`);

// Practices a story may be about, found by what the editor types (there are more than a list holds).
export const StoryPracticeOptionsQuery = graphql(`
  query FollowUpStoryPracticeOptions($search: String) {
    practices(first: 20, filter: { search: $search }) { totalCount edges { node { id title } } }
  }
`);

// Organisations that may have adapted a practice, found by name or acronym.
export const StoryOrganisationOptionsQuery = graphql(`
  query FollowUpStoryOrganisationOptions($search: String) {
    organisations(first: 20, filter: { search: $search }) { totalCount edges { node { id name acronym } } }
  }
`);

export const CommunitiesOfPracticeQuery = graphql(`
  query FollowUpCommunities($first: Int!, $after: String, $filter: CommunityOfPracticeFilter) {
    communitiesOfPractice(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id version name description descriptionTranslations { en fr es } memberCount url startedOn routes { id title } } }
    }
  }
`);

export const CreateCommunityOfPracticeMutation = graphql(`
  mutation FollowUpCreateCommunity($input: CreateCommunityOfPracticeInput!) {
    createCommunityOfPractice(input: $input) { id }
  }
`);

export const UpdateCommunityOfPracticeMutation = graphql(`
  mutation FollowUpUpdateCommunity($input: UpdateCommunityOfPracticeInput!) {
    updateCommunityOfPractice(input: $input) { id version }
  }
`);

export const DeleteCommunityOfPracticeMutation = graphql(`
  mutation FollowUpDeleteCommunity($id: ID!, $version: Int!) {
    deleteCommunityOfPractice(id: $id, version: $version)
  }
`);
