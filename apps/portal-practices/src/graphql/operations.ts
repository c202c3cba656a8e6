import { graphql } from './generated';

export const PracticesListQuery = graphql(`
  query PracticesList($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort) {
    practices(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          title
          status
          level
          score
          locality
          country { code name }
          thematicAreas { id name }
        }
      }
    }
  }
`);

export const PracticeOptionsQuery = graphql(`
  query PracticeOptions {
    thematicAreas(first: 100) { edges { node { id name } } }
    routes(first: 100) { edges { node { id title hostCountryCode } } }
    organisations(first: 100) { edges { node { id name acronym } } }
  }
`);

export const PracticeDetailQuery = graphql(`
  query PracticeDetail($id: ID!) {
    practice(id: $id) {
      id
      version
      title
      summary
      keySuccessFactors
      lessonsLearned
      innovations
      evidence
      status
      allowedNextStatuses
      level
      locality
      score
      completeAssessmentCount
      country { code name }
      thematicAreas { id name }
      leadingOrganisations { id name acronym }
      routes { id title }
      statusHistory { id from to reason changedBy at }
    }
  }
`);

export const PracticeEditQuery = graphql(`
  query PracticeEdit($id: ID!) {
    practice(id: $id) {
      id
      version
      countryCode
      level
      locality
      thematicAreaIds
      leadingOrganisationIds
      titleTranslations { en fr es }
      summaryTranslations { en fr es }
      keySuccessFactorsTranslations { en fr es }
      lessonsLearnedTranslations { en fr es }
      innovationsTranslations { en fr es }
      evidenceTranslations { en fr es }
    }
  }
`);

export const CreatePracticeMutation = graphql(`
  mutation CreatePractice($input: CreatePracticeInput!) {
    createPractice(input: $input) { id version }
  }
`);

export const UpdatePracticeMutation = graphql(`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) { id version }
  }
`);

export const DeletePracticeMutation = graphql(`
  mutation DeletePractice($id: ID!, $version: Int!) {
    deletePractice(id: $id, version: $version)
  }
`);

export const ChangePracticeStatusMutation = graphql(`
  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $version: Int!, $reason: String) {
    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, version: $version, reason: $reason) {
      id
      version
      status
      allowedNextStatuses
    }
  }
`);

export const PracticeAssessmentsQuery = graphql(`
  query PracticeAssessments($id: ID!) {
    practice(id: $id) {
      id
      title
      score
      completeAssessmentCount
      assessments {
        id
        version
        assessorId
        assessorName
        status
        complete
        score
        submittedAt
        criteria { id code name weight position }
        scores { id criterionId score comment }
      }
    }
  }
`);

export const AssessorCandidatesQuery = graphql(`
  query AssessorCandidates {
    users(first: 100, filter: { active: true }) { edges { node { id displayName email role } } }
  }
`);

export const AssignAssessorMutation = graphql(`
  mutation AssignAssessor($input: AssignAssessorInput!) {
    assignAssessor(input: $input) { id version }
  }
`);

export const UnassignAssessorMutation = graphql(`
  mutation UnassignAssessor($id: ID!, $version: Int!) {
    unassignAssessor(id: $id, version: $version)
  }
`);

export const AssessmentFormQuery = graphql(`
  query AssessmentForm($id: ID!) {
    assessment(id: $id) {
      id
      version
      assessorId
      status
      score
      practice { id title }
      criteria { id code name description weight position }
      scores { id criterionId score comment }
    }
  }
`);

export const SaveAssessmentMutation = graphql(`
  mutation SaveAssessment($input: SaveAssessmentInput!) {
    saveAssessment(input: $input) {
      id
      version
      status
      score
      scores { id criterionId score comment }
    }
  }
`);

export const MyAssessmentsQuery = graphql(`
  query MyAssessments($first: Int!, $after: String) {
    myAssessments(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          status
          score
          complete
          createdAt
          submittedAt
          practice { id title status country { code name } }
        }
      }
    }
  }
`);

export const SystematizationQuery = graphql(`
  query Systematization($id: ID!) {
    practice(id: $id) {
      id
      status
      systematizationSteps {
        id
        version
        step
        status
        ownerId
        owner { id fullName }
        startDate
        dueDate
        doneDate
      }
    }
    people(first: 100) { edges { node { id fullName } } }
  }
`);

export const UpdateSystematizationStepMutation = graphql(`
  mutation UpdateSystematizationStep($input: UpdateSystematizationStepInput!) {
    updateSystematizationStep(input: $input) {
      id
      version
      status
      ownerId
      owner { id fullName }
      startDate
      dueDate
      doneDate
    }
  }
`);

export const MaterialsQuery = graphql(`
  query Materials($id: ID!) {
    practice(id: $id) {
      id
      materials {
        id
        version
        kind
        language
        title
        url
        hasFile
        fileName
        fileSize
        contentType
        fileUploadPath
        downloadPath
      }
    }
  }
`);

export const CreateMaterialMutation = graphql(`
  mutation CreatePracticeMaterial($input: CreatePracticeMaterialInput!) {
    createPracticeMaterial(input: $input) { id version fileUploadPath }
  }
`);

export const DeleteMaterialMutation = graphql(`
  mutation DeletePracticeMaterial($id: ID!, $version: Int!) {
    deletePracticeMaterial(id: $id, version: $version)
  }
`);

export const PracticeChampionsQuery = graphql(`
  query PracticeChampions($id: ID!) {
    practice(id: $id) {
      id
      champions {
        id
        role
        championId
        champion { id person { id fullName } }
      }
    }
  }
`);

export const RouteMatchingQuery = graphql(`
  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {
    practiceRanking(routeId: $routeId, first: $first) {
      totalCount
      edges {
        node {
          rank
          score
          completeAssessments
          practice { id title status routes { id } }
        }
      }
    }
    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {
      totalCount
      edges {
        node {
          score
          fit
          assessmentScore
          practice { id title status routes { id } }
          reasons {
            countryCode
            rank
            thematicAreaId
            country { code name }
            thematicArea { id name }
          }
        }
      }
    }
  }
`);

export const AttachPracticeMutation = graphql(`
  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {
    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }
  }
`);

export const DetachPracticeMutation = graphql(`
  mutation DetachPracticeFromRoute($practiceId: ID!, $routeId: ID!) {
    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }
  }
`);

export const PracticesSearchQuery = graphql(`
  query PracticesSearch($search: String!) {
    practices(first: 5, filter: { search: $search }) { edges { node { id title status country { name } } } }
  }
`);
