import { graphql } from './generated';

export const RoutesListQuery = graphql(`
  query RoutesList($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {
    routes(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          title
          phase
          startDate
          endDate
          hostCountry { code name }
          programme { id name }
        }
      }
    }
  }
`);

export const RouteFilterOptionsQuery = graphql(`
  query RouteFilterOptions {
    programmes(first: 100) { edges { node { id name } } }
    thematicAreas(first: 100) { edges { node { id name } } }
  }
`);

export const RouteDetailQuery = graphql(`
  query RouteDetail($id: ID!) {
    route(id: $id) {
      id
      version
      title
      summary
      learningObjectives
      phase
      allowedNextPhases
      startDate
      endDate
      durationDays
      workingLanguages
      hostCountry { code name }
      programme { id name maxRouteDays }
      thematicAreas { id name }
      phaseHistory { id from to reason changedBy at }
    }
  }
`);

export const RouteEditQuery = graphql(`
  query RouteEdit($id: ID!) {
    route(id: $id) {
      id
      version
      programmeId
      hostCountryCode
      titleTranslations { en fr es }
      summaryTranslations { en fr es }
      learningObjectivesTranslations { en fr es }
      workingLanguages
      startDate
      endDate
      thematicAreas { id }
    }
  }
`);

export const CreateRouteMutation = graphql(`
  mutation CreateRoute($input: CreateRouteInput!) {
    createRoute(input: $input) { id version }
  }
`);

export const UpdateRouteMutation = graphql(`
  mutation UpdateRoute($input: UpdateRouteInput!) {
    updateRoute(input: $input) { id version }
  }
`);

export const DeleteRouteMutation = graphql(`
  mutation DeleteRoute($id: ID!, $version: Int!) {
    deleteRoute(id: $id, version: $version)
  }
`);

export const AdvanceRoutePhaseMutation = graphql(`
  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $version: Int!, $reason: String) {
    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, version: $version, reason: $reason) { id version phase allowedNextPhases }
  }
`);

export const ProgrammesListQuery = graphql(`
  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {
    programmes(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          startDate
          endDate
          budget { amount currency minorUnits }
          funder { id name }
          routes { id }
        }
      }
    }
  }
`);

export const PeopleListQuery = graphql(`
  query PeopleList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort) {
    people(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          fullName
          position
          email
          languages
          country { code name }
          organisation { id name }
        }
      }
    }
  }
`);

export const PersonEditQuery = graphql(`
  query PersonEdit($id: ID!) {
    person(id: $id) {
      id version givenName familyName organisationId countryCode gender languages position email phone contactConsent
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { id version }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) { id version }
  }
`);

export const OrganisationsListQuery = graphql(`
  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort) {
    organisations(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name acronym type website country { code name } } }
    }
  }
`);

export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions {
    organisations(first: 100) { edges { node { id name acronym } } }
  }
`);

export const OrganisationEditQuery = graphql(`
  query OrganisationEdit($id: ID!) {
    organisation(id: $id) { id version name acronym type countryCode website }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) { id version }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) { id version }
  }
`);

export const RouteCasesQuery = graphql(`
  query RouteCases($id: ID!) {
    route(id: $id) {
      id
      cases { id title status locality country { code name } }
    }
  }
`);

export const RouteReadinessQuery = graphql(`
  query RouteReadiness($routeId: ID!) {
    championReadiness(routeId: $routeId) {
      routeId
      championCount
      trainedCount
      needTrainingCount
      needTraining { id person { id fullName } }
      practices {
        practice { id title }
        champions { id trained person { id fullName } }
      }
    }
  }
`);

export const RouteRecommendationsQuery = graphql(`
  query RouteRecommendations($routeId: ID!, $visiting: [String!]) {
    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: 10) {
      totalCount
      edges {
        node {
          score
          fit
          practice { id title status routes { id } }
          reasons { countryCode rank thematicAreaId country { code name } thematicArea { id name } }
        }
      }
    }
  }
`);

export const AttachCaseMutation = graphql(`
  mutation RoutesAttachCase($practiceId: ID!, $routeId: ID!) {
    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }
  }
`);

export const DetachCaseMutation = graphql(`
  mutation RoutesDetachCase($practiceId: ID!, $routeId: ID!) {
    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }
  }
`);

export const RoutesSearchQuery = graphql(`
  query RoutesSearch($search: String!) {
    routes(first: 5, filter: { search: $search }) { edges { node { id title phase hostCountry { name } } } }
  }
`);

export const PeopleSearchQuery = graphql(`
  query PeopleSearch($search: String!) {
    people(first: 5, filter: { search: $search }) { edges { node { id fullName country { name } organisation { name } } } }
  }
`);

export const OrganisationsSearchQuery = graphql(`
  query OrganisationsSearch($search: String!) {
    organisations(first: 5, filter: { search: $search }) { edges { node { id name acronym country { name } } } }
  }
`);
