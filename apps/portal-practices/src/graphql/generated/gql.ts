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
    "\n  query PracticesList($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort) {\n    practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          level\n          score\n          locality\n          country { code name }\n          thematicAreas { id name }\n        }\n      }\n    }\n  }\n": typeof types.PracticesListDocument,
    "\n  query PracticeOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n    routes(first: 100) { edges { node { id title hostCountryCode } } }\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": typeof types.PracticeOptionsDocument,
    "\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id from to reason changedBy at }\n    }\n  }\n": typeof types.PracticeDetailDocument,
    "\n  query PracticeEdit($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      countryCode\n      level\n      locality\n      thematicAreaIds\n      leadingOrganisationIds\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      keySuccessFactorsTranslations { en fr es }\n      lessonsLearnedTranslations { en fr es }\n      innovationsTranslations { en fr es }\n      evidenceTranslations { en fr es }\n    }\n  }\n": typeof types.PracticeEditDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { id version }\n  }\n": typeof types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { id version }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  mutation DeletePractice($id: ID!, $version: Int!) {\n    deletePractice(id: $id, version: $version)\n  }\n": typeof types.DeletePracticeDocument,
    "\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $version: Int!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, version: $version, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n": typeof types.ChangePracticeStatusDocument,
    "\n  query PracticeAssessments($id: ID!) {\n    practice(id: $id) {\n      id\n      title\n      score\n      completeAssessmentCount\n      assessments {\n        id\n        version\n        assessorId\n        assessorName\n        status\n        complete\n        score\n        submittedAt\n        criteria { id code name weight position }\n        scores { id criterionId score comment }\n      }\n    }\n  }\n": typeof types.PracticeAssessmentsDocument,
    "\n  query AssessorCandidates {\n    users(first: 100, filter: { active: true }) { edges { node { id displayName email role } } }\n  }\n": typeof types.AssessorCandidatesDocument,
    "\n  mutation AssignAssessor($input: AssignAssessorInput!) {\n    assignAssessor(input: $input) { id version }\n  }\n": typeof types.AssignAssessorDocument,
    "\n  mutation UnassignAssessor($id: ID!, $version: Int!) {\n    unassignAssessor(id: $id, version: $version)\n  }\n": typeof types.UnassignAssessorDocument,
    "\n  query AssessmentForm($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      assessorId\n      status\n      score\n      practice { id title }\n      criteria { id code name description weight position }\n      scores { id criterionId score comment }\n    }\n  }\n": typeof types.AssessmentFormDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      version\n      status\n      score\n      scores { id criterionId score comment }\n    }\n  }\n": typeof types.SaveAssessmentDocument,
    "\n  query MyAssessments($first: Int!, $after: String) {\n    myAssessments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          score\n          complete\n          createdAt\n          submittedAt\n          practice { id title status country { code name } }\n        }\n      }\n    }\n  }\n": typeof types.MyAssessmentsDocument,
    "\n  query Systematization($id: ID!) {\n    practice(id: $id) {\n      id\n      status\n      systematizationSteps {\n        id\n        version\n        step\n        status\n        ownerId\n        owner { id fullName }\n        startDate\n        dueDate\n        doneDate\n      }\n    }\n    people(first: 100) { edges { node { id fullName } } }\n  }\n": typeof types.SystematizationDocument,
    "\n  mutation UpdateSystematizationStep($input: UpdateSystematizationStepInput!) {\n    updateSystematizationStep(input: $input) {\n      id\n      version\n      status\n      ownerId\n      owner { id fullName }\n      startDate\n      dueDate\n      doneDate\n    }\n  }\n": typeof types.UpdateSystematizationStepDocument,
    "\n  query Materials($id: ID!) {\n    practice(id: $id) {\n      id\n      materials {\n        id\n        version\n        kind\n        language\n        title\n        url\n        hasFile\n        fileName\n        fileSize\n        contentType\n        fileUploadPath\n        downloadPath\n      }\n    }\n  }\n": typeof types.MaterialsDocument,
    "\n  mutation CreatePracticeMaterial($input: CreatePracticeMaterialInput!) {\n    createPracticeMaterial(input: $input) { id version fileUploadPath }\n  }\n": typeof types.CreatePracticeMaterialDocument,
    "\n  mutation DeletePracticeMaterial($id: ID!, $version: Int!) {\n    deletePracticeMaterial(id: $id, version: $version)\n  }\n": typeof types.DeletePracticeMaterialDocument,
    "\n  query PracticeChampions($id: ID!) {\n    practice(id: $id) {\n      id\n      champions {\n        id\n        role\n        championId\n        champion { id person { id fullName } }\n      }\n    }\n  }\n": typeof types.PracticeChampionsDocument,
    "\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId, first: $first) {\n      totalCount\n      edges {\n        node {\n          rank\n          score\n          completeAssessments\n          practice { id title status routes { id } }\n        }\n      }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          assessmentScore\n          practice { id title status routes { id } }\n          reasons {\n            countryCode\n            rank\n            thematicAreaId\n            country { code name }\n            thematicArea { id name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RouteMatchingDocument,
    "\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": typeof types.AttachPracticeToRouteDocument,
    "\n  mutation DetachPracticeFromRoute($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": typeof types.DetachPracticeFromRouteDocument,
    "\n  query PracticesSearch($search: String!) {\n    practices(first: 5, filter: { search: $search }) { edges { node { id title status country { name } } } }\n  }\n": typeof types.PracticesSearchDocument,
};
const documents: Documents = {
    "\n  query PracticesList($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort) {\n    practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          level\n          score\n          locality\n          country { code name }\n          thematicAreas { id name }\n        }\n      }\n    }\n  }\n": types.PracticesListDocument,
    "\n  query PracticeOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n    routes(first: 100) { edges { node { id title hostCountryCode } } }\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": types.PracticeOptionsDocument,
    "\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id from to reason changedBy at }\n    }\n  }\n": types.PracticeDetailDocument,
    "\n  query PracticeEdit($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      countryCode\n      level\n      locality\n      thematicAreaIds\n      leadingOrganisationIds\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      keySuccessFactorsTranslations { en fr es }\n      lessonsLearnedTranslations { en fr es }\n      innovationsTranslations { en fr es }\n      evidenceTranslations { en fr es }\n    }\n  }\n": types.PracticeEditDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { id version }\n  }\n": types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { id version }\n  }\n": types.UpdatePracticeDocument,
    "\n  mutation DeletePractice($id: ID!, $version: Int!) {\n    deletePractice(id: $id, version: $version)\n  }\n": types.DeletePracticeDocument,
    "\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $version: Int!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, version: $version, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n": types.ChangePracticeStatusDocument,
    "\n  query PracticeAssessments($id: ID!) {\n    practice(id: $id) {\n      id\n      title\n      score\n      completeAssessmentCount\n      assessments {\n        id\n        version\n        assessorId\n        assessorName\n        status\n        complete\n        score\n        submittedAt\n        criteria { id code name weight position }\n        scores { id criterionId score comment }\n      }\n    }\n  }\n": types.PracticeAssessmentsDocument,
    "\n  query AssessorCandidates {\n    users(first: 100, filter: { active: true }) { edges { node { id displayName email role } } }\n  }\n": types.AssessorCandidatesDocument,
    "\n  mutation AssignAssessor($input: AssignAssessorInput!) {\n    assignAssessor(input: $input) { id version }\n  }\n": types.AssignAssessorDocument,
    "\n  mutation UnassignAssessor($id: ID!, $version: Int!) {\n    unassignAssessor(id: $id, version: $version)\n  }\n": types.UnassignAssessorDocument,
    "\n  query AssessmentForm($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      assessorId\n      status\n      score\n      practice { id title }\n      criteria { id code name description weight position }\n      scores { id criterionId score comment }\n    }\n  }\n": types.AssessmentFormDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      version\n      status\n      score\n      scores { id criterionId score comment }\n    }\n  }\n": types.SaveAssessmentDocument,
    "\n  query MyAssessments($first: Int!, $after: String) {\n    myAssessments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          score\n          complete\n          createdAt\n          submittedAt\n          practice { id title status country { code name } }\n        }\n      }\n    }\n  }\n": types.MyAssessmentsDocument,
    "\n  query Systematization($id: ID!) {\n    practice(id: $id) {\n      id\n      status\n      systematizationSteps {\n        id\n        version\n        step\n        status\n        ownerId\n        owner { id fullName }\n        startDate\n        dueDate\n        doneDate\n      }\n    }\n    people(first: 100) { edges { node { id fullName } } }\n  }\n": types.SystematizationDocument,
    "\n  mutation UpdateSystematizationStep($input: UpdateSystematizationStepInput!) {\n    updateSystematizationStep(input: $input) {\n      id\n      version\n      status\n      ownerId\n      owner { id fullName }\n      startDate\n      dueDate\n      doneDate\n    }\n  }\n": types.UpdateSystematizationStepDocument,
    "\n  query Materials($id: ID!) {\n    practice(id: $id) {\n      id\n      materials {\n        id\n        version\n        kind\n        language\n        title\n        url\n        hasFile\n        fileName\n        fileSize\n        contentType\n        fileUploadPath\n        downloadPath\n      }\n    }\n  }\n": types.MaterialsDocument,
    "\n  mutation CreatePracticeMaterial($input: CreatePracticeMaterialInput!) {\n    createPracticeMaterial(input: $input) { id version fileUploadPath }\n  }\n": types.CreatePracticeMaterialDocument,
    "\n  mutation DeletePracticeMaterial($id: ID!, $version: Int!) {\n    deletePracticeMaterial(id: $id, version: $version)\n  }\n": types.DeletePracticeMaterialDocument,
    "\n  query PracticeChampions($id: ID!) {\n    practice(id: $id) {\n      id\n      champions {\n        id\n        role\n        championId\n        champion { id person { id fullName } }\n      }\n    }\n  }\n": types.PracticeChampionsDocument,
    "\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId, first: $first) {\n      totalCount\n      edges {\n        node {\n          rank\n          score\n          completeAssessments\n          practice { id title status routes { id } }\n        }\n      }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          assessmentScore\n          practice { id title status routes { id } }\n          reasons {\n            countryCode\n            rank\n            thematicAreaId\n            country { code name }\n            thematicArea { id name }\n          }\n        }\n      }\n    }\n  }\n": types.RouteMatchingDocument,
    "\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": types.AttachPracticeToRouteDocument,
    "\n  mutation DetachPracticeFromRoute($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": types.DetachPracticeFromRouteDocument,
    "\n  query PracticesSearch($search: String!) {\n    practices(first: 5, filter: { search: $search }) { edges { node { id title status country { name } } } }\n  }\n": types.PracticesSearchDocument,
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
export function graphql(source: "\n  query PracticesList($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort) {\n    practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          level\n          score\n          locality\n          country { code name }\n          thematicAreas { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticesList($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort) {\n    practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          level\n          score\n          locality\n          country { code name }\n          thematicAreas { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n    routes(first: 100) { edges { node { id title hostCountryCode } } }\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n"): (typeof documents)["\n  query PracticeOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n    routes(first: 100) { edges { node { id title hostCountryCode } } }\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id from to reason changedBy at }\n    }\n  }\n"): (typeof documents)["\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id from to reason changedBy at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeEdit($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      countryCode\n      level\n      locality\n      thematicAreaIds\n      leadingOrganisationIds\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      keySuccessFactorsTranslations { en fr es }\n      lessonsLearnedTranslations { en fr es }\n      innovationsTranslations { en fr es }\n      evidenceTranslations { en fr es }\n    }\n  }\n"): (typeof documents)["\n  query PracticeEdit($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      countryCode\n      level\n      locality\n      thematicAreaIds\n      leadingOrganisationIds\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      keySuccessFactorsTranslations { en fr es }\n      lessonsLearnedTranslations { en fr es }\n      innovationsTranslations { en fr es }\n      evidenceTranslations { en fr es }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePractice($id: ID!, $version: Int!) {\n    deletePractice(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeletePractice($id: ID!, $version: Int!) {\n    deletePractice(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $version: Int!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, version: $version, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $version: Int!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, version: $version, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeAssessments($id: ID!) {\n    practice(id: $id) {\n      id\n      title\n      score\n      completeAssessmentCount\n      assessments {\n        id\n        version\n        assessorId\n        assessorName\n        status\n        complete\n        score\n        submittedAt\n        criteria { id code name weight position }\n        scores { id criterionId score comment }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeAssessments($id: ID!) {\n    practice(id: $id) {\n      id\n      title\n      score\n      completeAssessmentCount\n      assessments {\n        id\n        version\n        assessorId\n        assessorName\n        status\n        complete\n        score\n        submittedAt\n        criteria { id code name weight position }\n        scores { id criterionId score comment }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessorCandidates {\n    users(first: 100, filter: { active: true }) { edges { node { id displayName email role } } }\n  }\n"): (typeof documents)["\n  query AssessorCandidates {\n    users(first: 100, filter: { active: true }) { edges { node { id displayName email role } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAssessor($input: AssignAssessorInput!) {\n    assignAssessor(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AssignAssessor($input: AssignAssessorInput!) {\n    assignAssessor(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignAssessor($id: ID!, $version: Int!) {\n    unassignAssessor(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation UnassignAssessor($id: ID!, $version: Int!) {\n    unassignAssessor(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentForm($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      assessorId\n      status\n      score\n      practice { id title }\n      criteria { id code name description weight position }\n      scores { id criterionId score comment }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentForm($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      assessorId\n      status\n      score\n      practice { id title }\n      criteria { id code name description weight position }\n      scores { id criterionId score comment }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      version\n      status\n      score\n      scores { id criterionId score comment }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      version\n      status\n      score\n      scores { id criterionId score comment }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssessments($first: Int!, $after: String) {\n    myAssessments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          score\n          complete\n          createdAt\n          submittedAt\n          practice { id title status country { code name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAssessments($first: Int!, $after: String) {\n    myAssessments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          status\n          score\n          complete\n          createdAt\n          submittedAt\n          practice { id title status country { code name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Systematization($id: ID!) {\n    practice(id: $id) {\n      id\n      status\n      systematizationSteps {\n        id\n        version\n        step\n        status\n        ownerId\n        owner { id fullName }\n        startDate\n        dueDate\n        doneDate\n      }\n    }\n    people(first: 100) { edges { node { id fullName } } }\n  }\n"): (typeof documents)["\n  query Systematization($id: ID!) {\n    practice(id: $id) {\n      id\n      status\n      systematizationSteps {\n        id\n        version\n        step\n        status\n        ownerId\n        owner { id fullName }\n        startDate\n        dueDate\n        doneDate\n      }\n    }\n    people(first: 100) { edges { node { id fullName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSystematizationStep($input: UpdateSystematizationStepInput!) {\n    updateSystematizationStep(input: $input) {\n      id\n      version\n      status\n      ownerId\n      owner { id fullName }\n      startDate\n      dueDate\n      doneDate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSystematizationStep($input: UpdateSystematizationStepInput!) {\n    updateSystematizationStep(input: $input) {\n      id\n      version\n      status\n      ownerId\n      owner { id fullName }\n      startDate\n      dueDate\n      doneDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Materials($id: ID!) {\n    practice(id: $id) {\n      id\n      materials {\n        id\n        version\n        kind\n        language\n        title\n        url\n        hasFile\n        fileName\n        fileSize\n        contentType\n        fileUploadPath\n        downloadPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query Materials($id: ID!) {\n    practice(id: $id) {\n      id\n      materials {\n        id\n        version\n        kind\n        language\n        title\n        url\n        hasFile\n        fileName\n        fileSize\n        contentType\n        fileUploadPath\n        downloadPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePracticeMaterial($input: CreatePracticeMaterialInput!) {\n    createPracticeMaterial(input: $input) { id version fileUploadPath }\n  }\n"): (typeof documents)["\n  mutation CreatePracticeMaterial($input: CreatePracticeMaterialInput!) {\n    createPracticeMaterial(input: $input) { id version fileUploadPath }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePracticeMaterial($id: ID!, $version: Int!) {\n    deletePracticeMaterial(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeletePracticeMaterial($id: ID!, $version: Int!) {\n    deletePracticeMaterial(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticeChampions($id: ID!) {\n    practice(id: $id) {\n      id\n      champions {\n        id\n        role\n        championId\n        champion { id person { id fullName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PracticeChampions($id: ID!) {\n    practice(id: $id) {\n      id\n      champions {\n        id\n        role\n        championId\n        champion { id person { id fullName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId, first: $first) {\n      totalCount\n      edges {\n        node {\n          rank\n          score\n          completeAssessments\n          practice { id title status routes { id } }\n        }\n      }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          assessmentScore\n          practice { id title status routes { id } }\n          reasons {\n            countryCode\n            rank\n            thematicAreaId\n            country { code name }\n            thematicArea { id name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId, first: $first) {\n      totalCount\n      edges {\n        node {\n          rank\n          score\n          completeAssessments\n          practice { id title status routes { id } }\n        }\n      }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          assessmentScore\n          practice { id title status routes { id } }\n          reasons {\n            countryCode\n            rank\n            thematicAreaId\n            country { code name }\n            thematicArea { id name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"): (typeof documents)["\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachPracticeFromRoute($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"): (typeof documents)["\n  mutation DetachPracticeFromRoute($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticesSearch($search: String!) {\n    practices(first: 5, filter: { search: $search }) { edges { node { id title status country { name } } } }\n  }\n"): (typeof documents)["\n  query PracticesSearch($search: String!) {\n    practices(first: 5, filter: { search: $search }) { edges { node { id title status country { name } } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;