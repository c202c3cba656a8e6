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
    "\n  query ActionPlansRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n": typeof types.ActionPlansRouteOptionsDocument,
    "\n  query MyPlanParticipations {\n    myParticipations {\n      id\n      status\n      route { id title }\n      delegation {\n        id\n        name\n        actionPlan { id title status }\n      }\n    }\n  }\n": typeof types.MyPlanParticipationsDocument,
    "\n  query PlansList($first: Int!, $after: String, $filter: ActionPlanFilter) {\n    actionPlans(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          status\n          versionCount\n          delegation { id name }\n          smartCheck { passes items { path } }\n          reviews { id recommendation }\n        }\n      }\n    }\n  }\n": typeof types.PlansListDocument,
    "\n  query PlansSearch($search: String!) {\n    actionPlans(first: 5, filter: { search: $search }) {\n      edges { node { id title status delegation { id name } } }\n    }\n  }\n": typeof types.PlansSearchDocument,
    "\n  query PlanDetail($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      language\n      versionCount\n      mayEdit\n      allowedNextStatuses\n      title\n      titleTranslations { en fr es }\n      innovations\n      innovationsTranslations { en fr es }\n      context\n      contextTranslations { en fr es }\n      expectedResults\n      expectedResultsTranslations { en fr es }\n      practices { id title }\n      route { id title }\n      delegation { id name country { code name } }\n      objectives {\n        id\n        version\n        position\n        statement\n        statementTranslations { en fr es }\n        indicator\n        indicatorTranslations { en fr es }\n        unit\n        baselineValue\n        baselineDate\n        targetValue\n        targetDate\n      }\n      activities {\n        id\n        version\n        position\n        objectiveId\n        description\n        descriptionTranslations { en fr es }\n        responsiblePersonId\n        responsiblePerson { id fullName }\n        responsibleOrganisationId\n        responsibleOrganisation { id name acronym }\n        startDate\n        dueDate\n        resources\n        budget { amount currency minorUnits }\n      }\n      smartCheck { passes items { path rule message itemId } }\n      statusHistory { id at from to changedBy reason }\n      latestVersion { id number }\n      reviews { ...ReviewParts planVersion { id number } }\n      awards { id kind description amount { amount currency minorUnits } }\n    }\n  }\n": typeof types.PlanDetailDocument,
    "\n  query PlanEditOptions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      route { id cases { id title } }\n      delegation { id participants { id status person { id fullName } } }\n    }\n  }\n": typeof types.PlanEditOptionsDocument,
    "\n  query PlanOrganisationOptions($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      edges { node { id name acronym } }\n    }\n  }\n": typeof types.PlanOrganisationOptionsDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) { id }\n  }\n": typeof types.CreateActionPlanDocument,
    "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) { id version }\n  }\n": typeof types.UpdateActionPlanDocument,
    "\n  mutation DeleteActionPlan($id: ID!, $version: Int!) {\n    deleteActionPlan(id: $id, version: $version)\n  }\n": typeof types.DeleteActionPlanDocument,
    "\n  mutation SubmitActionPlan($planId: ID!, $version: Int!) {\n    submitActionPlan(planId: $planId, version: $version) { id version status versionCount }\n  }\n": typeof types.SubmitActionPlanDocument,
    "\n  mutation ChangeActionPlanStatus($planId: ID!, $toStatus: PlanStatus!, $version: Int!, $reason: String) {\n    changeActionPlanStatus(planId: $planId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n": typeof types.ChangeActionPlanStatusDocument,
    "\n  mutation ChangeActionPlanStatuses($input: ChangeActionPlanStatusesInput!) {\n    changeActionPlanStatuses(input: $input) { planId result constraint plan { id version status } }\n  }\n": typeof types.ChangeActionPlanStatusesDocument,
    "\n  mutation AddPlanObjective($input: AddPlanObjectiveInput!) {\n    addPlanObjective(input: $input) { id version }\n  }\n": typeof types.AddPlanObjectiveDocument,
    "\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) { id version }\n  }\n": typeof types.UpdatePlanObjectiveDocument,
    "\n  mutation RemovePlanObjective($id: ID!, $version: Int!) {\n    removePlanObjective(id: $id, version: $version)\n  }\n": typeof types.RemovePlanObjectiveDocument,
    "\n  mutation ReorderPlanObjectives($planId: ID!, $objectiveIds: [ID!]!) {\n    reorderPlanObjectives(planId: $planId, objectiveIds: $objectiveIds) { id version }\n  }\n": typeof types.ReorderPlanObjectivesDocument,
    "\n  mutation AddPlanActivity($input: AddPlanActivityInput!) {\n    addPlanActivity(input: $input) { id version }\n  }\n": typeof types.AddPlanActivityDocument,
    "\n  mutation UpdatePlanActivity($input: UpdatePlanActivityInput!) {\n    updatePlanActivity(input: $input) { id version }\n  }\n": typeof types.UpdatePlanActivityDocument,
    "\n  mutation RemovePlanActivity($id: ID!, $version: Int!) {\n    removePlanActivity(id: $id, version: $version)\n  }\n": typeof types.RemovePlanActivityDocument,
    "\n  mutation ReorderPlanActivities($planId: ID!, $activityIds: [ID!]!) {\n    reorderPlanActivities(planId: $planId, activityIds: $activityIds) { id version }\n  }\n": typeof types.ReorderPlanActivitiesDocument,
    "\n  query PlanVersions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      status\n      versionCount\n      route { id title }\n      delegation { id name }\n      versions {\n        id\n        number\n        submittedAt\n        smartCheck { passes items { path } }\n        reviews { id recommendation }\n      }\n    }\n  }\n": typeof types.PlanVersionsDocument,
    "\n  query PlanVersionDiff($fromVersionId: ID!, $toVersionId: ID!) {\n    planVersionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) { path kind before after itemId }\n    from: planVersion(id: $fromVersionId) { ...VersionNames }\n    to: planVersion(id: $toVersionId) { ...VersionNames }\n  }\n\n  fragment VersionNames on PlanVersion {\n    id\n    number\n    practices { id title }\n    activities { id responsiblePersonId responsiblePerson { id fullName } responsibleOrganisationId responsibleOrganisation { id name } }\n  }\n": typeof types.PlanVersionDiffDocument,
    "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      submittedAt\n      language\n      ...VersionContent\n      smartCheck { passes items { path rule message itemId } }\n      reviews { ...ReviewParts }\n      plan { id title status versionCount route { id title } delegation { id name } }\n    }\n  }\n\n  fragment VersionContent on PlanVersion {\n    title\n    innovations\n    context\n    expectedResults\n    practices { id title }\n    objectives { id position statement indicator unit baselineValue baselineDate targetValue targetDate }\n    activities {\n      id\n      position\n      objectiveId\n      description\n      responsiblePerson { id fullName }\n      responsibleOrganisation { id name acronym }\n      startDate\n      dueDate\n      resources\n      budget { amount currency minorUnits }\n    }\n  }\n\n  fragment ReviewParts on PlanReview {\n    id\n    versionId\n    reviewerName\n    reviewerUserId\n    recommendation\n    summary\n    createdAt\n    comments { section comment }\n  }\n": typeof types.PlanVersionDocument,
    "\n  query PlanReviews($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      title\n      versionCount\n      allowedNextStatuses\n      route { id title }\n      delegation { id name }\n      latestVersion {\n        id\n        number\n        submittedAt\n        ...VersionContent\n        smartCheck { passes items { path rule message itemId } }\n      }\n      reviews { ...ReviewParts planVersion { id number } }\n    }\n  }\n": typeof types.PlanReviewsDocument,
    "\n  mutation ReviewPlanVersion($input: ReviewPlanVersionInput!) {\n    reviewPlanVersion(input: $input) { id recommendation }\n  }\n": typeof types.ReviewPlanVersionDocument,
    "\n  mutation DecideReview($reviewId: ID!, $version: Int!) {\n    decideReview(reviewId: $reviewId, version: $version) { id version status }\n  }\n": typeof types.DecideReviewDocument,
    "\n  query RouteFund($routeId: ID!) {\n    routeActionFund(routeId: $routeId) {\n      id\n      version\n      votingStatus\n      votingOpenedAt\n      votingClosedAt\n      allowedVotingMoves\n      amount { amount currency minorUnits }\n      awarded { amount currency minorUnits }\n      remaining { amount currency minorUnits }\n      awards {\n        id\n        version\n        kind\n        description\n        createdAt\n        amount { amount currency minorUnits }\n        plan { id title status delegation { id name } }\n      }\n      votingHistory { id at from to changedBy reason }\n    }\n  }\n": typeof types.RouteFundDocument,
    "\n  query VoteTally($routeId: ID!) {\n    voteTally(routeId: $routeId) {\n      routeId\n      votingStatus\n      totalBallots\n      eligibleVoters\n      turnout\n      plans {\n        planId\n        votes\n        share\n        rank\n        plan { id title status delegation { id name } }\n      }\n    }\n  }\n": typeof types.VoteTallyDocument,
    "\n  mutation UpdateActionFund($input: UpdateActionFundInput!) {\n    updateActionFund(input: $input) { id version amount { amount currency minorUnits } }\n  }\n": typeof types.UpdateActionFundDocument,
    "\n  mutation OpenVoting($routeId: ID!, $version: Int!, $reason: String) {\n    openVoting(routeId: $routeId, version: $version, reason: $reason) { id version votingStatus }\n  }\n": typeof types.OpenVotingDocument,
    "\n  mutation CloseVoting($routeId: ID!, $version: Int!) {\n    closeVoting(routeId: $routeId, version: $version) { id version votingStatus }\n  }\n": typeof types.CloseVotingDocument,
    "\n  mutation RecordAward($input: RecordAwardInput!) {\n    recordAward(input: $input) { id }\n  }\n": typeof types.RecordAwardDocument,
    "\n  mutation RemoveAward($id: ID!, $version: Int!, $reason: String) {\n    removeAward(id: $id, version: $version, reason: $reason)\n  }\n": typeof types.RemoveAwardDocument,
    "\n  query Vote($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus votingOpenedAt votingClosedAt }\n    votablePlans(routeId: $routeId) { id title status delegation { id name country { code name } } }\n    myBallot(routeId: $routeId) { id castAt plan { id title delegation { id name } } }\n  }\n": typeof types.VoteDocument,
    "\n  mutation CastBallot($routeId: ID!, $planId: ID!) {\n    castBallot(routeId: $routeId, planId: $planId) { id castAt plan { id title } }\n  }\n": typeof types.CastBallotDocument,
    "\n  query ActionPlansReviewTile($routeId: ID!) {\n    awaiting: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [SUBMITTED, IN_REVIEW] }) { totalCount }\n    final: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [FINAL, AWARDED] }) { totalCount }\n    all: actionPlans(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n": typeof types.ActionPlansReviewTileDocument,
    "\n  query ActionPlansMyPlansTile {\n    myParticipations {\n      id\n      route { id title }\n      delegation { id name actionPlan { id title status } }\n    }\n  }\n": typeof types.ActionPlansMyPlansTileDocument,
    "\n  query ActionPlansMyBallotTile($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus }\n    myBallot(routeId: $routeId) { id castAt plan { id title } }\n  }\n": typeof types.ActionPlansMyBallotTileDocument,
};
const documents: Documents = {
    "\n  query ActionPlansRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n": types.ActionPlansRouteOptionsDocument,
    "\n  query MyPlanParticipations {\n    myParticipations {\n      id\n      status\n      route { id title }\n      delegation {\n        id\n        name\n        actionPlan { id title status }\n      }\n    }\n  }\n": types.MyPlanParticipationsDocument,
    "\n  query PlansList($first: Int!, $after: String, $filter: ActionPlanFilter) {\n    actionPlans(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          status\n          versionCount\n          delegation { id name }\n          smartCheck { passes items { path } }\n          reviews { id recommendation }\n        }\n      }\n    }\n  }\n": types.PlansListDocument,
    "\n  query PlansSearch($search: String!) {\n    actionPlans(first: 5, filter: { search: $search }) {\n      edges { node { id title status delegation { id name } } }\n    }\n  }\n": types.PlansSearchDocument,
    "\n  query PlanDetail($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      language\n      versionCount\n      mayEdit\n      allowedNextStatuses\n      title\n      titleTranslations { en fr es }\n      innovations\n      innovationsTranslations { en fr es }\n      context\n      contextTranslations { en fr es }\n      expectedResults\n      expectedResultsTranslations { en fr es }\n      practices { id title }\n      route { id title }\n      delegation { id name country { code name } }\n      objectives {\n        id\n        version\n        position\n        statement\n        statementTranslations { en fr es }\n        indicator\n        indicatorTranslations { en fr es }\n        unit\n        baselineValue\n        baselineDate\n        targetValue\n        targetDate\n      }\n      activities {\n        id\n        version\n        position\n        objectiveId\n        description\n        descriptionTranslations { en fr es }\n        responsiblePersonId\n        responsiblePerson { id fullName }\n        responsibleOrganisationId\n        responsibleOrganisation { id name acronym }\n        startDate\n        dueDate\n        resources\n        budget { amount currency minorUnits }\n      }\n      smartCheck { passes items { path rule message itemId } }\n      statusHistory { id at from to changedBy reason }\n      latestVersion { id number }\n      reviews { ...ReviewParts planVersion { id number } }\n      awards { id kind description amount { amount currency minorUnits } }\n    }\n  }\n": types.PlanDetailDocument,
    "\n  query PlanEditOptions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      route { id cases { id title } }\n      delegation { id participants { id status person { id fullName } } }\n    }\n  }\n": types.PlanEditOptionsDocument,
    "\n  query PlanOrganisationOptions($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      edges { node { id name acronym } }\n    }\n  }\n": types.PlanOrganisationOptionsDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) { id }\n  }\n": types.CreateActionPlanDocument,
    "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) { id version }\n  }\n": types.UpdateActionPlanDocument,
    "\n  mutation DeleteActionPlan($id: ID!, $version: Int!) {\n    deleteActionPlan(id: $id, version: $version)\n  }\n": types.DeleteActionPlanDocument,
    "\n  mutation SubmitActionPlan($planId: ID!, $version: Int!) {\n    submitActionPlan(planId: $planId, version: $version) { id version status versionCount }\n  }\n": types.SubmitActionPlanDocument,
    "\n  mutation ChangeActionPlanStatus($planId: ID!, $toStatus: PlanStatus!, $version: Int!, $reason: String) {\n    changeActionPlanStatus(planId: $planId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n": types.ChangeActionPlanStatusDocument,
    "\n  mutation ChangeActionPlanStatuses($input: ChangeActionPlanStatusesInput!) {\n    changeActionPlanStatuses(input: $input) { planId result constraint plan { id version status } }\n  }\n": types.ChangeActionPlanStatusesDocument,
    "\n  mutation AddPlanObjective($input: AddPlanObjectiveInput!) {\n    addPlanObjective(input: $input) { id version }\n  }\n": types.AddPlanObjectiveDocument,
    "\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) { id version }\n  }\n": types.UpdatePlanObjectiveDocument,
    "\n  mutation RemovePlanObjective($id: ID!, $version: Int!) {\n    removePlanObjective(id: $id, version: $version)\n  }\n": types.RemovePlanObjectiveDocument,
    "\n  mutation ReorderPlanObjectives($planId: ID!, $objectiveIds: [ID!]!) {\n    reorderPlanObjectives(planId: $planId, objectiveIds: $objectiveIds) { id version }\n  }\n": types.ReorderPlanObjectivesDocument,
    "\n  mutation AddPlanActivity($input: AddPlanActivityInput!) {\n    addPlanActivity(input: $input) { id version }\n  }\n": types.AddPlanActivityDocument,
    "\n  mutation UpdatePlanActivity($input: UpdatePlanActivityInput!) {\n    updatePlanActivity(input: $input) { id version }\n  }\n": types.UpdatePlanActivityDocument,
    "\n  mutation RemovePlanActivity($id: ID!, $version: Int!) {\n    removePlanActivity(id: $id, version: $version)\n  }\n": types.RemovePlanActivityDocument,
    "\n  mutation ReorderPlanActivities($planId: ID!, $activityIds: [ID!]!) {\n    reorderPlanActivities(planId: $planId, activityIds: $activityIds) { id version }\n  }\n": types.ReorderPlanActivitiesDocument,
    "\n  query PlanVersions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      status\n      versionCount\n      route { id title }\n      delegation { id name }\n      versions {\n        id\n        number\n        submittedAt\n        smartCheck { passes items { path } }\n        reviews { id recommendation }\n      }\n    }\n  }\n": types.PlanVersionsDocument,
    "\n  query PlanVersionDiff($fromVersionId: ID!, $toVersionId: ID!) {\n    planVersionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) { path kind before after itemId }\n    from: planVersion(id: $fromVersionId) { ...VersionNames }\n    to: planVersion(id: $toVersionId) { ...VersionNames }\n  }\n\n  fragment VersionNames on PlanVersion {\n    id\n    number\n    practices { id title }\n    activities { id responsiblePersonId responsiblePerson { id fullName } responsibleOrganisationId responsibleOrganisation { id name } }\n  }\n": types.PlanVersionDiffDocument,
    "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      submittedAt\n      language\n      ...VersionContent\n      smartCheck { passes items { path rule message itemId } }\n      reviews { ...ReviewParts }\n      plan { id title status versionCount route { id title } delegation { id name } }\n    }\n  }\n\n  fragment VersionContent on PlanVersion {\n    title\n    innovations\n    context\n    expectedResults\n    practices { id title }\n    objectives { id position statement indicator unit baselineValue baselineDate targetValue targetDate }\n    activities {\n      id\n      position\n      objectiveId\n      description\n      responsiblePerson { id fullName }\n      responsibleOrganisation { id name acronym }\n      startDate\n      dueDate\n      resources\n      budget { amount currency minorUnits }\n    }\n  }\n\n  fragment ReviewParts on PlanReview {\n    id\n    versionId\n    reviewerName\n    reviewerUserId\n    recommendation\n    summary\n    createdAt\n    comments { section comment }\n  }\n": types.PlanVersionDocument,
    "\n  query PlanReviews($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      title\n      versionCount\n      allowedNextStatuses\n      route { id title }\n      delegation { id name }\n      latestVersion {\n        id\n        number\n        submittedAt\n        ...VersionContent\n        smartCheck { passes items { path rule message itemId } }\n      }\n      reviews { ...ReviewParts planVersion { id number } }\n    }\n  }\n": types.PlanReviewsDocument,
    "\n  mutation ReviewPlanVersion($input: ReviewPlanVersionInput!) {\n    reviewPlanVersion(input: $input) { id recommendation }\n  }\n": types.ReviewPlanVersionDocument,
    "\n  mutation DecideReview($reviewId: ID!, $version: Int!) {\n    decideReview(reviewId: $reviewId, version: $version) { id version status }\n  }\n": types.DecideReviewDocument,
    "\n  query RouteFund($routeId: ID!) {\n    routeActionFund(routeId: $routeId) {\n      id\n      version\n      votingStatus\n      votingOpenedAt\n      votingClosedAt\n      allowedVotingMoves\n      amount { amount currency minorUnits }\n      awarded { amount currency minorUnits }\n      remaining { amount currency minorUnits }\n      awards {\n        id\n        version\n        kind\n        description\n        createdAt\n        amount { amount currency minorUnits }\n        plan { id title status delegation { id name } }\n      }\n      votingHistory { id at from to changedBy reason }\n    }\n  }\n": types.RouteFundDocument,
    "\n  query VoteTally($routeId: ID!) {\n    voteTally(routeId: $routeId) {\n      routeId\n      votingStatus\n      totalBallots\n      eligibleVoters\n      turnout\n      plans {\n        planId\n        votes\n        share\n        rank\n        plan { id title status delegation { id name } }\n      }\n    }\n  }\n": types.VoteTallyDocument,
    "\n  mutation UpdateActionFund($input: UpdateActionFundInput!) {\n    updateActionFund(input: $input) { id version amount { amount currency minorUnits } }\n  }\n": types.UpdateActionFundDocument,
    "\n  mutation OpenVoting($routeId: ID!, $version: Int!, $reason: String) {\n    openVoting(routeId: $routeId, version: $version, reason: $reason) { id version votingStatus }\n  }\n": types.OpenVotingDocument,
    "\n  mutation CloseVoting($routeId: ID!, $version: Int!) {\n    closeVoting(routeId: $routeId, version: $version) { id version votingStatus }\n  }\n": types.CloseVotingDocument,
    "\n  mutation RecordAward($input: RecordAwardInput!) {\n    recordAward(input: $input) { id }\n  }\n": types.RecordAwardDocument,
    "\n  mutation RemoveAward($id: ID!, $version: Int!, $reason: String) {\n    removeAward(id: $id, version: $version, reason: $reason)\n  }\n": types.RemoveAwardDocument,
    "\n  query Vote($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus votingOpenedAt votingClosedAt }\n    votablePlans(routeId: $routeId) { id title status delegation { id name country { code name } } }\n    myBallot(routeId: $routeId) { id castAt plan { id title delegation { id name } } }\n  }\n": types.VoteDocument,
    "\n  mutation CastBallot($routeId: ID!, $planId: ID!) {\n    castBallot(routeId: $routeId, planId: $planId) { id castAt plan { id title } }\n  }\n": types.CastBallotDocument,
    "\n  query ActionPlansReviewTile($routeId: ID!) {\n    awaiting: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [SUBMITTED, IN_REVIEW] }) { totalCount }\n    final: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [FINAL, AWARDED] }) { totalCount }\n    all: actionPlans(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n": types.ActionPlansReviewTileDocument,
    "\n  query ActionPlansMyPlansTile {\n    myParticipations {\n      id\n      route { id title }\n      delegation { id name actionPlan { id title status } }\n    }\n  }\n": types.ActionPlansMyPlansTileDocument,
    "\n  query ActionPlansMyBallotTile($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus }\n    myBallot(routeId: $routeId) { id castAt plan { id title } }\n  }\n": types.ActionPlansMyBallotTileDocument,
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
export function graphql(source: "\n  query ActionPlansRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n"): (typeof documents)["\n  query ActionPlansRouteOptions {\n    routes(first: 100) { edges { node { id title phase } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlanParticipations {\n    myParticipations {\n      id\n      status\n      route { id title }\n      delegation {\n        id\n        name\n        actionPlan { id title status }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlanParticipations {\n    myParticipations {\n      id\n      status\n      route { id title }\n      delegation {\n        id\n        name\n        actionPlan { id title status }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansList($first: Int!, $after: String, $filter: ActionPlanFilter) {\n    actionPlans(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          status\n          versionCount\n          delegation { id name }\n          smartCheck { passes items { path } }\n          reviews { id recommendation }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlansList($first: Int!, $after: String, $filter: ActionPlanFilter) {\n    actionPlans(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          version\n          title\n          status\n          versionCount\n          delegation { id name }\n          smartCheck { passes items { path } }\n          reviews { id recommendation }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlansSearch($search: String!) {\n    actionPlans(first: 5, filter: { search: $search }) {\n      edges { node { id title status delegation { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query PlansSearch($search: String!) {\n    actionPlans(first: 5, filter: { search: $search }) {\n      edges { node { id title status delegation { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDetail($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      language\n      versionCount\n      mayEdit\n      allowedNextStatuses\n      title\n      titleTranslations { en fr es }\n      innovations\n      innovationsTranslations { en fr es }\n      context\n      contextTranslations { en fr es }\n      expectedResults\n      expectedResultsTranslations { en fr es }\n      practices { id title }\n      route { id title }\n      delegation { id name country { code name } }\n      objectives {\n        id\n        version\n        position\n        statement\n        statementTranslations { en fr es }\n        indicator\n        indicatorTranslations { en fr es }\n        unit\n        baselineValue\n        baselineDate\n        targetValue\n        targetDate\n      }\n      activities {\n        id\n        version\n        position\n        objectiveId\n        description\n        descriptionTranslations { en fr es }\n        responsiblePersonId\n        responsiblePerson { id fullName }\n        responsibleOrganisationId\n        responsibleOrganisation { id name acronym }\n        startDate\n        dueDate\n        resources\n        budget { amount currency minorUnits }\n      }\n      smartCheck { passes items { path rule message itemId } }\n      statusHistory { id at from to changedBy reason }\n      latestVersion { id number }\n      reviews { ...ReviewParts planVersion { id number } }\n      awards { id kind description amount { amount currency minorUnits } }\n    }\n  }\n"): (typeof documents)["\n  query PlanDetail($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      language\n      versionCount\n      mayEdit\n      allowedNextStatuses\n      title\n      titleTranslations { en fr es }\n      innovations\n      innovationsTranslations { en fr es }\n      context\n      contextTranslations { en fr es }\n      expectedResults\n      expectedResultsTranslations { en fr es }\n      practices { id title }\n      route { id title }\n      delegation { id name country { code name } }\n      objectives {\n        id\n        version\n        position\n        statement\n        statementTranslations { en fr es }\n        indicator\n        indicatorTranslations { en fr es }\n        unit\n        baselineValue\n        baselineDate\n        targetValue\n        targetDate\n      }\n      activities {\n        id\n        version\n        position\n        objectiveId\n        description\n        descriptionTranslations { en fr es }\n        responsiblePersonId\n        responsiblePerson { id fullName }\n        responsibleOrganisationId\n        responsibleOrganisation { id name acronym }\n        startDate\n        dueDate\n        resources\n        budget { amount currency minorUnits }\n      }\n      smartCheck { passes items { path rule message itemId } }\n      statusHistory { id at from to changedBy reason }\n      latestVersion { id number }\n      reviews { ...ReviewParts planVersion { id number } }\n      awards { id kind description amount { amount currency minorUnits } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanEditOptions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      route { id cases { id title } }\n      delegation { id participants { id status person { id fullName } } }\n    }\n  }\n"): (typeof documents)["\n  query PlanEditOptions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      route { id cases { id title } }\n      delegation { id participants { id status person { id fullName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOrganisationOptions($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      edges { node { id name acronym } }\n    }\n  }\n"): (typeof documents)["\n  query PlanOrganisationOptions($search: String) {\n    organisations(first: 50, filter: { search: $search }) {\n      totalCount\n      edges { node { id name acronym } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {\n    updateActionPlan(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActionPlan($id: ID!, $version: Int!) {\n    deleteActionPlan(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteActionPlan($id: ID!, $version: Int!) {\n    deleteActionPlan(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActionPlan($planId: ID!, $version: Int!) {\n    submitActionPlan(planId: $planId, version: $version) { id version status versionCount }\n  }\n"): (typeof documents)["\n  mutation SubmitActionPlan($planId: ID!, $version: Int!) {\n    submitActionPlan(planId: $planId, version: $version) { id version status versionCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeActionPlanStatus($planId: ID!, $toStatus: PlanStatus!, $version: Int!, $reason: String) {\n    changeActionPlanStatus(planId: $planId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n"): (typeof documents)["\n  mutation ChangeActionPlanStatus($planId: ID!, $toStatus: PlanStatus!, $version: Int!, $reason: String) {\n    changeActionPlanStatus(planId: $planId, toStatus: $toStatus, version: $version, reason: $reason) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeActionPlanStatuses($input: ChangeActionPlanStatusesInput!) {\n    changeActionPlanStatuses(input: $input) { planId result constraint plan { id version status } }\n  }\n"): (typeof documents)["\n  mutation ChangeActionPlanStatuses($input: ChangeActionPlanStatusesInput!) {\n    changeActionPlanStatuses(input: $input) { planId result constraint plan { id version status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanObjective($input: AddPlanObjectiveInput!) {\n    addPlanObjective(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AddPlanObjective($input: AddPlanObjectiveInput!) {\n    addPlanObjective(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanObjective($input: UpdatePlanObjectiveInput!) {\n    updatePlanObjective(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanObjective($id: ID!, $version: Int!) {\n    removePlanObjective(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemovePlanObjective($id: ID!, $version: Int!) {\n    removePlanObjective(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPlanObjectives($planId: ID!, $objectiveIds: [ID!]!) {\n    reorderPlanObjectives(planId: $planId, objectiveIds: $objectiveIds) { id version }\n  }\n"): (typeof documents)["\n  mutation ReorderPlanObjectives($planId: ID!, $objectiveIds: [ID!]!) {\n    reorderPlanObjectives(planId: $planId, objectiveIds: $objectiveIds) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanActivity($input: AddPlanActivityInput!) {\n    addPlanActivity(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AddPlanActivity($input: AddPlanActivityInput!) {\n    addPlanActivity(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanActivity($input: UpdatePlanActivityInput!) {\n    updatePlanActivity(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanActivity($input: UpdatePlanActivityInput!) {\n    updatePlanActivity(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanActivity($id: ID!, $version: Int!) {\n    removePlanActivity(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemovePlanActivity($id: ID!, $version: Int!) {\n    removePlanActivity(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPlanActivities($planId: ID!, $activityIds: [ID!]!) {\n    reorderPlanActivities(planId: $planId, activityIds: $activityIds) { id version }\n  }\n"): (typeof documents)["\n  mutation ReorderPlanActivities($planId: ID!, $activityIds: [ID!]!) {\n    reorderPlanActivities(planId: $planId, activityIds: $activityIds) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      status\n      versionCount\n      route { id title }\n      delegation { id name }\n      versions {\n        id\n        number\n        submittedAt\n        smartCheck { passes items { path } }\n        reviews { id recommendation }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanVersions($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      title\n      status\n      versionCount\n      route { id title }\n      delegation { id name }\n      versions {\n        id\n        number\n        submittedAt\n        smartCheck { passes items { path } }\n        reviews { id recommendation }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersionDiff($fromVersionId: ID!, $toVersionId: ID!) {\n    planVersionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) { path kind before after itemId }\n    from: planVersion(id: $fromVersionId) { ...VersionNames }\n    to: planVersion(id: $toVersionId) { ...VersionNames }\n  }\n\n  fragment VersionNames on PlanVersion {\n    id\n    number\n    practices { id title }\n    activities { id responsiblePersonId responsiblePerson { id fullName } responsibleOrganisationId responsibleOrganisation { id name } }\n  }\n"): (typeof documents)["\n  query PlanVersionDiff($fromVersionId: ID!, $toVersionId: ID!) {\n    planVersionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) { path kind before after itemId }\n    from: planVersion(id: $fromVersionId) { ...VersionNames }\n    to: planVersion(id: $toVersionId) { ...VersionNames }\n  }\n\n  fragment VersionNames on PlanVersion {\n    id\n    number\n    practices { id title }\n    activities { id responsiblePersonId responsiblePerson { id fullName } responsibleOrganisationId responsibleOrganisation { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      submittedAt\n      language\n      ...VersionContent\n      smartCheck { passes items { path rule message itemId } }\n      reviews { ...ReviewParts }\n      plan { id title status versionCount route { id title } delegation { id name } }\n    }\n  }\n\n  fragment VersionContent on PlanVersion {\n    title\n    innovations\n    context\n    expectedResults\n    practices { id title }\n    objectives { id position statement indicator unit baselineValue baselineDate targetValue targetDate }\n    activities {\n      id\n      position\n      objectiveId\n      description\n      responsiblePerson { id fullName }\n      responsibleOrganisation { id name acronym }\n      startDate\n      dueDate\n      resources\n      budget { amount currency minorUnits }\n    }\n  }\n\n  fragment ReviewParts on PlanReview {\n    id\n    versionId\n    reviewerName\n    reviewerUserId\n    recommendation\n    summary\n    createdAt\n    comments { section comment }\n  }\n"): (typeof documents)["\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      id\n      number\n      submittedAt\n      language\n      ...VersionContent\n      smartCheck { passes items { path rule message itemId } }\n      reviews { ...ReviewParts }\n      plan { id title status versionCount route { id title } delegation { id name } }\n    }\n  }\n\n  fragment VersionContent on PlanVersion {\n    title\n    innovations\n    context\n    expectedResults\n    practices { id title }\n    objectives { id position statement indicator unit baselineValue baselineDate targetValue targetDate }\n    activities {\n      id\n      position\n      objectiveId\n      description\n      responsiblePerson { id fullName }\n      responsibleOrganisation { id name acronym }\n      startDate\n      dueDate\n      resources\n      budget { amount currency minorUnits }\n    }\n  }\n\n  fragment ReviewParts on PlanReview {\n    id\n    versionId\n    reviewerName\n    reviewerUserId\n    recommendation\n    summary\n    createdAt\n    comments { section comment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanReviews($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      title\n      versionCount\n      allowedNextStatuses\n      route { id title }\n      delegation { id name }\n      latestVersion {\n        id\n        number\n        submittedAt\n        ...VersionContent\n        smartCheck { passes items { path rule message itemId } }\n      }\n      reviews { ...ReviewParts planVersion { id number } }\n    }\n  }\n"): (typeof documents)["\n  query PlanReviews($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      version\n      status\n      title\n      versionCount\n      allowedNextStatuses\n      route { id title }\n      delegation { id name }\n      latestVersion {\n        id\n        number\n        submittedAt\n        ...VersionContent\n        smartCheck { passes items { path rule message itemId } }\n      }\n      reviews { ...ReviewParts planVersion { id number } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPlanVersion($input: ReviewPlanVersionInput!) {\n    reviewPlanVersion(input: $input) { id recommendation }\n  }\n"): (typeof documents)["\n  mutation ReviewPlanVersion($input: ReviewPlanVersionInput!) {\n    reviewPlanVersion(input: $input) { id recommendation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReview($reviewId: ID!, $version: Int!) {\n    decideReview(reviewId: $reviewId, version: $version) { id version status }\n  }\n"): (typeof documents)["\n  mutation DecideReview($reviewId: ID!, $version: Int!) {\n    decideReview(reviewId: $reviewId, version: $version) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteFund($routeId: ID!) {\n    routeActionFund(routeId: $routeId) {\n      id\n      version\n      votingStatus\n      votingOpenedAt\n      votingClosedAt\n      allowedVotingMoves\n      amount { amount currency minorUnits }\n      awarded { amount currency minorUnits }\n      remaining { amount currency minorUnits }\n      awards {\n        id\n        version\n        kind\n        description\n        createdAt\n        amount { amount currency minorUnits }\n        plan { id title status delegation { id name } }\n      }\n      votingHistory { id at from to changedBy reason }\n    }\n  }\n"): (typeof documents)["\n  query RouteFund($routeId: ID!) {\n    routeActionFund(routeId: $routeId) {\n      id\n      version\n      votingStatus\n      votingOpenedAt\n      votingClosedAt\n      allowedVotingMoves\n      amount { amount currency minorUnits }\n      awarded { amount currency minorUnits }\n      remaining { amount currency minorUnits }\n      awards {\n        id\n        version\n        kind\n        description\n        createdAt\n        amount { amount currency minorUnits }\n        plan { id title status delegation { id name } }\n      }\n      votingHistory { id at from to changedBy reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteTally($routeId: ID!) {\n    voteTally(routeId: $routeId) {\n      routeId\n      votingStatus\n      totalBallots\n      eligibleVoters\n      turnout\n      plans {\n        planId\n        votes\n        share\n        rank\n        plan { id title status delegation { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VoteTally($routeId: ID!) {\n    voteTally(routeId: $routeId) {\n      routeId\n      votingStatus\n      totalBallots\n      eligibleVoters\n      turnout\n      plans {\n        planId\n        votes\n        share\n        rank\n        plan { id title status delegation { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionFund($input: UpdateActionFundInput!) {\n    updateActionFund(input: $input) { id version amount { amount currency minorUnits } }\n  }\n"): (typeof documents)["\n  mutation UpdateActionFund($input: UpdateActionFundInput!) {\n    updateActionFund(input: $input) { id version amount { amount currency minorUnits } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVoting($routeId: ID!, $version: Int!, $reason: String) {\n    openVoting(routeId: $routeId, version: $version, reason: $reason) { id version votingStatus }\n  }\n"): (typeof documents)["\n  mutation OpenVoting($routeId: ID!, $version: Int!, $reason: String) {\n    openVoting(routeId: $routeId, version: $version, reason: $reason) { id version votingStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVoting($routeId: ID!, $version: Int!) {\n    closeVoting(routeId: $routeId, version: $version) { id version votingStatus }\n  }\n"): (typeof documents)["\n  mutation CloseVoting($routeId: ID!, $version: Int!) {\n    closeVoting(routeId: $routeId, version: $version) { id version votingStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAward($input: RecordAwardInput!) {\n    recordAward(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordAward($input: RecordAwardInput!) {\n    recordAward(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAward($id: ID!, $version: Int!, $reason: String) {\n    removeAward(id: $id, version: $version, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RemoveAward($id: ID!, $version: Int!, $reason: String) {\n    removeAward(id: $id, version: $version, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vote($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus votingOpenedAt votingClosedAt }\n    votablePlans(routeId: $routeId) { id title status delegation { id name country { code name } } }\n    myBallot(routeId: $routeId) { id castAt plan { id title delegation { id name } } }\n  }\n"): (typeof documents)["\n  query Vote($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus votingOpenedAt votingClosedAt }\n    votablePlans(routeId: $routeId) { id title status delegation { id name country { code name } } }\n    myBallot(routeId: $routeId) { id castAt plan { id title delegation { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($routeId: ID!, $planId: ID!) {\n    castBallot(routeId: $routeId, planId: $planId) { id castAt plan { id title } }\n  }\n"): (typeof documents)["\n  mutation CastBallot($routeId: ID!, $planId: ID!) {\n    castBallot(routeId: $routeId, planId: $planId) { id castAt plan { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlansReviewTile($routeId: ID!) {\n    awaiting: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [SUBMITTED, IN_REVIEW] }) { totalCount }\n    final: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [FINAL, AWARDED] }) { totalCount }\n    all: actionPlans(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n"): (typeof documents)["\n  query ActionPlansReviewTile($routeId: ID!) {\n    awaiting: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [SUBMITTED, IN_REVIEW] }) { totalCount }\n    final: actionPlans(first: 1, filter: { routeId: $routeId, statuses: [FINAL, AWARDED] }) { totalCount }\n    all: actionPlans(first: 1, filter: { routeId: $routeId }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlansMyPlansTile {\n    myParticipations {\n      id\n      route { id title }\n      delegation { id name actionPlan { id title status } }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlansMyPlansTile {\n    myParticipations {\n      id\n      route { id title }\n      delegation { id name actionPlan { id title status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlansMyBallotTile($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus }\n    myBallot(routeId: $routeId) { id castAt plan { id title } }\n  }\n"): (typeof documents)["\n  query ActionPlansMyBallotTile($routeId: ID!) {\n    routeActionFund(routeId: $routeId) { id votingStatus }\n    myBallot(routeId: $routeId) { id castAt plan { id title } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;