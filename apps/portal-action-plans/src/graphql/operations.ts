import { graphql } from './generated';

// ── Routes ─────────────────────────────────────────────────────────────────────────────────

// Routes to choose from, for staff (a participant's come from their participations).
export const ActionPlansRouteOptionsQuery = graphql(`
  query ActionPlansRouteOptions {
    routes(first: 100) { edges { node { id title phase } } }
  }
`);

// A participant's routes and delegations, with their delegation's plan: their home in the section.
export const MyPlanParticipationsQuery = graphql(`
  query MyPlanParticipations {
    myParticipations {
      id
      status
      route { id title }
      delegation {
        id
        name
        actionPlan { id title status }
      }
    }
  }
`);

// ── Plans ──────────────────────────────────────────────────────────────────────────────────

export const PlansListQuery = graphql(`
  query PlansList($first: Int!, $after: String, $filter: ActionPlanFilter) {
    actionPlans(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          version
          title
          status
          versionCount
          delegation { id name }
          smartCheck { passes items { path } }
          reviews { id recommendation }
        }
      }
    }
  }
`);

export const PlansSearchQuery = graphql(`
  query PlansSearch($search: String!) {
    actionPlans(first: 5, filter: { search: $search }) {
      edges { node { id title status delegation { id name } } }
    }
  }
`);

export const PlanDetailQuery = graphql(`
  query PlanDetail($id: ID!) {
    actionPlan(id: $id) {
      id
      version
      status
      language
      versionCount
      mayEdit
      allowedNextStatuses
      title
      titleTranslations { en fr es }
      innovations
      innovationsTranslations { en fr es }
      context
      contextTranslations { en fr es }
      expectedResults
      expectedResultsTranslations { en fr es }
      practices { id title }
      route { id title }
      delegation { id name country { code name } }
      objectives {
        id
        version
        position
        statement
        statementTranslations { en fr es }
        indicator
        indicatorTranslations { en fr es }
        unit
        baselineValue
        baselineDate
        targetValue
        targetDate
      }
      activities {
        id
        version
        position
        objectiveId
        description
        descriptionTranslations { en fr es }
        responsiblePersonId
        responsiblePerson { id fullName }
        responsibleOrganisationId
        responsibleOrganisation { id name acronym }
        startDate
        dueDate
        resources
        budget { amount currency minorUnits }
      }
      smartCheck { passes items { path rule message itemId } }
      statusHistory { id at from to changedBy reason }
      latestVersion { id number }
      reviews { ...ReviewParts planVersion { id number } }
      awards { id kind description amount { amount currency minorUnits } }
    }
  }
`);

// What the editor offers to choose from: the route's cases (practices to adapt) and the delegation's members.
export const PlanEditOptionsQuery = graphql(`
  query PlanEditOptions($id: ID!) {
    actionPlan(id: $id) {
      id
      route { id cases { id title } }
      delegation { id participants { id status person { id fullName } } }
    }
  }
`);

export const PlanOrganisationOptionsQuery = graphql(`
  query PlanOrganisationOptions($search: String) {
    organisations(first: 50, filter: { search: $search }) {
      totalCount
      edges { node { id name acronym } }
    }
  }
`);

export const CreateActionPlanMutation = graphql(`
  mutation CreateActionPlan($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) { id }
  }
`);

export const UpdateActionPlanMutation = graphql(`
  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {
    updateActionPlan(input: $input) { id version }
  }
`);

export const DeleteActionPlanMutation = graphql(`
  mutation DeleteActionPlan($id: ID!, $version: Int!) {
    deleteActionPlan(id: $id, version: $version)
  }
`);

export const SubmitActionPlanMutation = graphql(`
  mutation SubmitActionPlan($planId: ID!, $version: Int!) {
    submitActionPlan(planId: $planId, version: $version) { id version status versionCount }
  }
`);

export const ChangeActionPlanStatusMutation = graphql(`
  mutation ChangeActionPlanStatus($planId: ID!, $toStatus: PlanStatus!, $version: Int!, $reason: String) {
    changeActionPlanStatus(planId: $planId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }
  }
`);

/** Many plans to one status at once (the plans list's "start review"): all or nothing, each row's outcome. */
export const ChangeActionPlanStatusesMutation = graphql(`
  mutation ChangeActionPlanStatuses($input: ChangeActionPlanStatusesInput!) {
    changeActionPlanStatuses(input: $input) { planId result constraint plan { id version status } }
  }
`);

export const AddPlanObjectiveMutation = graphql(`
  mutation AddPlanObjective($input: AddPlanObjectiveInput!) {
    addPlanObjective(input: $input) { id version }
  }
`);

export const UpdatePlanObjectiveMutation = graphql(`
  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {
    updatePlanObjective(input: $input) { id version }
  }
`);

export const RemovePlanObjectiveMutation = graphql(`
  mutation RemovePlanObjective($id: ID!, $version: Int!) {
    removePlanObjective(id: $id, version: $version)
  }
`);

export const ReorderPlanObjectivesMutation = graphql(`
  mutation ReorderPlanObjectives($planId: ID!, $objectiveIds: [ID!]!) {
    reorderPlanObjectives(planId: $planId, objectiveIds: $objectiveIds) { id version }
  }
`);

export const AddPlanActivityMutation = graphql(`
  mutation AddPlanActivity($input: AddPlanActivityInput!) {
    addPlanActivity(input: $input) { id version }
  }
`);

export const UpdatePlanActivityMutation = graphql(`
  mutation UpdatePlanActivity($input: UpdatePlanActivityInput!) {
    updatePlanActivity(input: $input) { id version }
  }
`);

export const RemovePlanActivityMutation = graphql(`
  mutation RemovePlanActivity($id: ID!, $version: Int!) {
    removePlanActivity(id: $id, version: $version)
  }
`);

export const ReorderPlanActivitiesMutation = graphql(`
  mutation ReorderPlanActivities($planId: ID!, $activityIds: [ID!]!) {
    reorderPlanActivities(planId: $planId, activityIds: $activityIds) { id version }
  }
`);

// ── Versions ───────────────────────────────────────────────────────────────────────────────

export const PlanVersionsQuery = graphql(`
  query PlanVersions($id: ID!) {
    actionPlan(id: $id) {
      id
      title
      status
      versionCount
      route { id title }
      delegation { id name }
      versions {
        id
        number
        submittedAt
        smartCheck { passes items { path } }
        reviews { id recommendation }
      }
    }
  }
`);

export const PlanVersionDiffQuery = graphql(`
  query PlanVersionDiff($fromVersionId: ID!, $toVersionId: ID!) {
    planVersionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) { path kind before after itemId }
    from: planVersion(id: $fromVersionId) { ...VersionNames }
    to: planVersion(id: $toVersionId) { ...VersionNames }
  }

  fragment VersionNames on PlanVersion {
    id
    number
    practices { id title }
    activities { id responsiblePersonId responsiblePerson { id fullName } responsibleOrganisationId responsibleOrganisation { id name } }
  }
`);

export const PlanVersionQuery = graphql(`
  query PlanVersion($id: ID!) {
    planVersion(id: $id) {
      id
      number
      submittedAt
      language
      ...VersionContent
      smartCheck { passes items { path rule message itemId } }
      reviews { ...ReviewParts }
      plan { id title status versionCount route { id title } delegation { id name } }
    }
  }

  fragment VersionContent on PlanVersion {
    title
    innovations
    context
    expectedResults
    practices { id title }
    objectives { id position statement indicator unit baselineValue baselineDate targetValue targetDate }
    activities {
      id
      position
      objectiveId
      description
      responsiblePerson { id fullName }
      responsibleOrganisation { id name acronym }
      startDate
      dueDate
      resources
      budget { amount currency minorUnits }
    }
  }

  fragment ReviewParts on PlanReview {
    id
    versionId
    reviewerName
    reviewerUserId
    recommendation
    summary
    createdAt
    comments { section comment }
  }
`);

// ── Reviews ────────────────────────────────────────────────────────────────────────────────

export const PlanReviewsQuery = graphql(`
  query PlanReviews($id: ID!) {
    actionPlan(id: $id) {
      id
      version
      status
      title
      versionCount
      allowedNextStatuses
      route { id title }
      delegation { id name }
      latestVersion {
        id
        number
        submittedAt
        ...VersionContent
        smartCheck { passes items { path rule message itemId } }
      }
      reviews { ...ReviewParts planVersion { id number } }
    }
  }
`);

export const ReviewPlanVersionMutation = graphql(`
  mutation ReviewPlanVersion($input: ReviewPlanVersionInput!) {
    reviewPlanVersion(input: $input) { id recommendation }
  }
`);

export const DecideReviewMutation = graphql(`
  mutation DecideReview($reviewId: ID!, $version: Int!) {
    decideReview(reviewId: $reviewId, version: $version) { id version status }
  }
`);

// ── The fund and the vote ──────────────────────────────────────────────────────────────────

export const RouteFundQuery = graphql(`
  query RouteFund($routeId: ID!) {
    routeActionFund(routeId: $routeId) {
      id
      version
      votingStatus
      votingOpenedAt
      votingClosedAt
      allowedVotingMoves
      amount { amount currency minorUnits }
      awarded { amount currency minorUnits }
      remaining { amount currency minorUnits }
      awards {
        id
        version
        kind
        description
        createdAt
        amount { amount currency minorUnits }
        plan { id title status delegation { id name } }
      }
      votingHistory { id at from to changedBy reason }
    }
  }
`);

export const VoteTallyQuery = graphql(`
  query VoteTally($routeId: ID!) {
    voteTally(routeId: $routeId) {
      routeId
      votingStatus
      totalBallots
      eligibleVoters
      turnout
      plans {
        planId
        votes
        share
        rank
        plan { id title status delegation { id name } }
      }
    }
  }
`);

export const UpdateActionFundMutation = graphql(`
  mutation UpdateActionFund($input: UpdateActionFundInput!) {
    updateActionFund(input: $input) { id version amount { amount currency minorUnits } }
  }
`);

export const OpenVotingMutation = graphql(`
  mutation OpenVoting($routeId: ID!, $version: Int!, $reason: String) {
    openVoting(routeId: $routeId, version: $version, reason: $reason) { id version votingStatus }
  }
`);

export const CloseVotingMutation = graphql(`
  mutation CloseVoting($routeId: ID!, $version: Int!) {
    closeVoting(routeId: $routeId, version: $version) { id version votingStatus }
  }
`);

export const RecordAwardMutation = graphql(`
  mutation RecordAward($input: RecordAwardInput!) {
    recordAward(input: $input) { id }
  }
`);

export const RemoveAwardMutation = graphql(`
  mutation RemoveAward($id: ID!, $version: Int!, $reason: String) {
    removeAward(id: $id, version: $version, reason: $reason)
  }
`);

// A participant's vote: the window, the plans they may choose, and their ballot if they cast it.
export const VoteQuery = graphql(`
  query Vote($routeId: ID!) {
    routeActionFund(routeId: $routeId) { id votingStatus votingOpenedAt votingClosedAt }
    votablePlans(routeId: $routeId) { id title status delegation { id name country { code name } } }
    myBallot(routeId: $routeId) { id castAt plan { id title delegation { id name } } }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($routeId: ID!, $planId: ID!) {
    castBallot(routeId: $routeId, planId: $planId) { id castAt plan { id title } }
  }
`);
