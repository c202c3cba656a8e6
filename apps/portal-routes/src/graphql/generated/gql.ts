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
    "\n  query RoutesList($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {\n    routes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          phase\n          startDate\n          endDate\n          hostCountry { code name }\n          programme { id name }\n        }\n      }\n    }\n  }\n": typeof types.RoutesListDocument,
    "\n  query RouteFilterOptions {\n    programmes(first: 100) { edges { node { id name } } }\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n": typeof types.RouteFilterOptionsDocument,
    "\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id from to reason changedBy at }\n    }\n  }\n": typeof types.RouteDetailDocument,
    "\n  query RouteEdit($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      programmeId\n      hostCountryCode\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      learningObjectivesTranslations { en fr es }\n      workingLanguages\n      startDate\n      endDate\n      thematicAreas { id }\n    }\n  }\n": typeof types.RouteEditDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { id version }\n  }\n": typeof types.CreateRouteDocument,
    "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) { id version }\n  }\n": typeof types.UpdateRouteDocument,
    "\n  mutation DeleteRoute($id: ID!, $version: Int!) {\n    deleteRoute(id: $id, version: $version)\n  }\n": typeof types.DeleteRouteDocument,
    "\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $version: Int!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, version: $version, reason: $reason) { id version phase allowedNextPhases }\n  }\n": typeof types.AdvanceRoutePhaseDocument,
    "\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency minorUnits }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n": typeof types.ProgrammesListDocument,
    "\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone contactConsent\n    }\n  }\n": typeof types.PersonEditDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id version }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { id version }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort) {\n    organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n": typeof types.OrganisationsListDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) { id version name acronym type countryCode website }\n  }\n": typeof types.OrganisationEditDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { id version }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) { id version }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query RouteCases($id: ID!) {\n    route(id: $id) {\n      id\n      cases { id title status locality country { code name } }\n    }\n  }\n": typeof types.RouteCasesDocument,
    "\n  query RouteReadiness($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n": typeof types.RouteReadinessDocument,
    "\n  query RouteRecommendations($routeId: ID!, $visiting: [String!]) {\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: 10) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          practice { id title status routes { id } }\n          reasons { countryCode rank thematicAreaId country { code name } thematicArea { id name } }\n        }\n      }\n    }\n  }\n": typeof types.RouteRecommendationsDocument,
    "\n  mutation RoutesAttachCase($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": typeof types.RoutesAttachCaseDocument,
    "\n  mutation RoutesDetachCase($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": typeof types.RoutesDetachCaseDocument,
    "\n  query RoutesSearch($search: String!) {\n    routes(first: 5, filter: { search: $search }) { edges { node { id title phase hostCountry { name } } } }\n  }\n": typeof types.RoutesSearchDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(first: 5, filter: { search: $search }) { edges { node { id fullName country { name } organisation { name } } } }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  query OrganisationsSearch($search: String!) {\n    organisations(first: 5, filter: { search: $search }) { edges { node { id name acronym country { name } } } }\n  }\n": typeof types.OrganisationsSearchDocument,
    "\n  fragment ReportParts on ReportParts {\n    participation {\n      delegations\n      participants\n      selected\n      byCountry {\n        key\n        label\n        count\n      }\n      bySector {\n        key\n        label\n        count\n      }\n      byGender {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n    }\n    practices {\n      practiceId\n      title\n      countryCode\n      isCase\n      sessions\n    }\n    agenda {\n      days\n      sessions\n      byType {\n        key\n        label\n        count\n      }\n      blockingFindings\n      warningFindings\n    }\n    plans {\n      total\n      byStatus {\n        key\n        label\n        count\n      }\n      plans {\n        planId\n        title\n        delegation\n        status\n        awarded {\n          amount\n          currency\n          minorUnits\n        }\n      }\n      fund {\n        amount\n        currency\n        minorUnits\n      }\n      awarded {\n        amount\n        currency\n        minorUnits\n      }\n      awards\n    }\n    indicators {\n      total\n      onTrack\n      offTrack\n      noData\n    }\n    surveys {\n      surveyId\n      title\n      invited\n      answered\n      responseRate\n    }\n    budget {\n      currency\n      planned {\n        amount\n        currency\n        minorUnits\n      }\n      actual {\n        amount\n        currency\n        minorUnits\n      }\n      burnPercent\n      categories {\n        category\n        label\n        planned {\n          amount\n          currency\n          minorUnits\n        }\n        actual {\n          amount\n          currency\n          minorUnits\n        }\n      }\n    }\n  }\n": typeof types.ReportPartsFragmentDoc,
    "\n  query RouteReport($routeId: ID!) {\n    routeReport(routeId: $routeId) {\n      route {\n        id\n        title\n      }\n      ...ReportParts\n    }\n  }\n": typeof types.RouteReportDocument,
    "\n  query ProgrammeReport($programmeId: ID!) {\n    programmeReport(programmeId: $programmeId) {\n      programme {\n        id\n        name\n      }\n      routes {\n        route {\n          id\n          title\n        }\n        participation {\n          participants\n        }\n        plans {\n          total\n        }\n        indicators {\n          total\n        }\n      }\n      ...ReportParts\n    }\n  }\n": typeof types.ProgrammeReportDocument,
    "\n  query RoutePhaseTile($id: ID!) {\n    route(id: $id) { id phase startDate endDate }\n  }\n": typeof types.RoutePhaseTileDocument,
};
const documents: Documents = {
    "\n  query RoutesList($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {\n    routes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          phase\n          startDate\n          endDate\n          hostCountry { code name }\n          programme { id name }\n        }\n      }\n    }\n  }\n": types.RoutesListDocument,
    "\n  query RouteFilterOptions {\n    programmes(first: 100) { edges { node { id name } } }\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n": types.RouteFilterOptionsDocument,
    "\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id from to reason changedBy at }\n    }\n  }\n": types.RouteDetailDocument,
    "\n  query RouteEdit($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      programmeId\n      hostCountryCode\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      learningObjectivesTranslations { en fr es }\n      workingLanguages\n      startDate\n      endDate\n      thematicAreas { id }\n    }\n  }\n": types.RouteEditDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { id version }\n  }\n": types.CreateRouteDocument,
    "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) { id version }\n  }\n": types.UpdateRouteDocument,
    "\n  mutation DeleteRoute($id: ID!, $version: Int!) {\n    deleteRoute(id: $id, version: $version)\n  }\n": types.DeleteRouteDocument,
    "\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $version: Int!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, version: $version, reason: $reason) { id version phase allowedNextPhases }\n  }\n": types.AdvanceRoutePhaseDocument,
    "\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency minorUnits }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n": types.ProgrammesListDocument,
    "\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone contactConsent\n    }\n  }\n": types.PersonEditDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id version }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { id version }\n  }\n": types.UpdatePersonDocument,
    "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort) {\n    organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n": types.OrganisationsListDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) { id version name acronym type countryCode website }\n  }\n": types.OrganisationEditDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { id version }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) { id version }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query RouteCases($id: ID!) {\n    route(id: $id) {\n      id\n      cases { id title status locality country { code name } }\n    }\n  }\n": types.RouteCasesDocument,
    "\n  query RouteReadiness($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n": types.RouteReadinessDocument,
    "\n  query RouteRecommendations($routeId: ID!, $visiting: [String!]) {\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: 10) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          practice { id title status routes { id } }\n          reasons { countryCode rank thematicAreaId country { code name } thematicArea { id name } }\n        }\n      }\n    }\n  }\n": types.RouteRecommendationsDocument,
    "\n  mutation RoutesAttachCase($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": types.RoutesAttachCaseDocument,
    "\n  mutation RoutesDetachCase($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": types.RoutesDetachCaseDocument,
    "\n  query RoutesSearch($search: String!) {\n    routes(first: 5, filter: { search: $search }) { edges { node { id title phase hostCountry { name } } } }\n  }\n": types.RoutesSearchDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(first: 5, filter: { search: $search }) { edges { node { id fullName country { name } organisation { name } } } }\n  }\n": types.PeopleSearchDocument,
    "\n  query OrganisationsSearch($search: String!) {\n    organisations(first: 5, filter: { search: $search }) { edges { node { id name acronym country { name } } } }\n  }\n": types.OrganisationsSearchDocument,
    "\n  fragment ReportParts on ReportParts {\n    participation {\n      delegations\n      participants\n      selected\n      byCountry {\n        key\n        label\n        count\n      }\n      bySector {\n        key\n        label\n        count\n      }\n      byGender {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n    }\n    practices {\n      practiceId\n      title\n      countryCode\n      isCase\n      sessions\n    }\n    agenda {\n      days\n      sessions\n      byType {\n        key\n        label\n        count\n      }\n      blockingFindings\n      warningFindings\n    }\n    plans {\n      total\n      byStatus {\n        key\n        label\n        count\n      }\n      plans {\n        planId\n        title\n        delegation\n        status\n        awarded {\n          amount\n          currency\n          minorUnits\n        }\n      }\n      fund {\n        amount\n        currency\n        minorUnits\n      }\n      awarded {\n        amount\n        currency\n        minorUnits\n      }\n      awards\n    }\n    indicators {\n      total\n      onTrack\n      offTrack\n      noData\n    }\n    surveys {\n      surveyId\n      title\n      invited\n      answered\n      responseRate\n    }\n    budget {\n      currency\n      planned {\n        amount\n        currency\n        minorUnits\n      }\n      actual {\n        amount\n        currency\n        minorUnits\n      }\n      burnPercent\n      categories {\n        category\n        label\n        planned {\n          amount\n          currency\n          minorUnits\n        }\n        actual {\n          amount\n          currency\n          minorUnits\n        }\n      }\n    }\n  }\n": types.ReportPartsFragmentDoc,
    "\n  query RouteReport($routeId: ID!) {\n    routeReport(routeId: $routeId) {\n      route {\n        id\n        title\n      }\n      ...ReportParts\n    }\n  }\n": types.RouteReportDocument,
    "\n  query ProgrammeReport($programmeId: ID!) {\n    programmeReport(programmeId: $programmeId) {\n      programme {\n        id\n        name\n      }\n      routes {\n        route {\n          id\n          title\n        }\n        participation {\n          participants\n        }\n        plans {\n          total\n        }\n        indicators {\n          total\n        }\n      }\n      ...ReportParts\n    }\n  }\n": types.ProgrammeReportDocument,
    "\n  query RoutePhaseTile($id: ID!) {\n    route(id: $id) { id phase startDate endDate }\n  }\n": types.RoutePhaseTileDocument,
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
export function graphql(source: "\n  query RoutesList($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {\n    routes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          phase\n          startDate\n          endDate\n          hostCountry { code name }\n          programme { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutesList($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {\n    routes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          phase\n          startDate\n          endDate\n          hostCountry { code name }\n          programme { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteFilterOptions {\n    programmes(first: 100) { edges { node { id name } } }\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query RouteFilterOptions {\n    programmes(first: 100) { edges { node { id name } } }\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id from to reason changedBy at }\n    }\n  }\n"): (typeof documents)["\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id from to reason changedBy at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteEdit($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      programmeId\n      hostCountryCode\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      learningObjectivesTranslations { en fr es }\n      workingLanguages\n      startDate\n      endDate\n      thematicAreas { id }\n    }\n  }\n"): (typeof documents)["\n  query RouteEdit($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      programmeId\n      hostCountryCode\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      learningObjectivesTranslations { en fr es }\n      workingLanguages\n      startDate\n      endDate\n      thematicAreas { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoute($id: ID!, $version: Int!) {\n    deleteRoute(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteRoute($id: ID!, $version: Int!) {\n    deleteRoute(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $version: Int!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, version: $version, reason: $reason) { id version phase allowedNextPhases }\n  }\n"): (typeof documents)["\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $version: Int!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, version: $version, reason: $reason) { id version phase allowedNextPhases }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency minorUnits }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency minorUnits }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter, $sort: PersonSort) {\n    people(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone contactConsent\n    }\n  }\n"): (typeof documents)["\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone contactConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort) {\n    organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter, $sort: OrganisationSort) {\n    organisations(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n"): (typeof documents)["\n  query OrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) { id version name acronym type countryCode website }\n  }\n"): (typeof documents)["\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) { id version name acronym type countryCode website }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteCases($id: ID!) {\n    route(id: $id) {\n      id\n      cases { id title status locality country { code name } }\n    }\n  }\n"): (typeof documents)["\n  query RouteCases($id: ID!) {\n    route(id: $id) {\n      id\n      cases { id title status locality country { code name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteReadiness($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteReadiness($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteRecommendations($routeId: ID!, $visiting: [String!]) {\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: 10) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          practice { id title status routes { id } }\n          reasons { countryCode rank thematicAreaId country { code name } thematicArea { id name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteRecommendations($routeId: ID!, $visiting: [String!]) {\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: 10) {\n      totalCount\n      edges {\n        node {\n          score\n          fit\n          practice { id title status routes { id } }\n          reasons { countryCode rank thematicAreaId country { code name } thematicArea { id name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutesAttachCase($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"): (typeof documents)["\n  mutation RoutesAttachCase($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutesDetachCase($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"): (typeof documents)["\n  mutation RoutesDetachCase($practiceId: ID!, $routeId: ID!) {\n    detachPracticeFromRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutesSearch($search: String!) {\n    routes(first: 5, filter: { search: $search }) { edges { node { id title phase hostCountry { name } } } }\n  }\n"): (typeof documents)["\n  query RoutesSearch($search: String!) {\n    routes(first: 5, filter: { search: $search }) { edges { node { id title phase hostCountry { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($search: String!) {\n    people(first: 5, filter: { search: $search }) { edges { node { id fullName country { name } organisation { name } } } }\n  }\n"): (typeof documents)["\n  query PeopleSearch($search: String!) {\n    people(first: 5, filter: { search: $search }) { edges { node { id fullName country { name } organisation { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationsSearch($search: String!) {\n    organisations(first: 5, filter: { search: $search }) { edges { node { id name acronym country { name } } } }\n  }\n"): (typeof documents)["\n  query OrganisationsSearch($search: String!) {\n    organisations(first: 5, filter: { search: $search }) { edges { node { id name acronym country { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportParts on ReportParts {\n    participation {\n      delegations\n      participants\n      selected\n      byCountry {\n        key\n        label\n        count\n      }\n      bySector {\n        key\n        label\n        count\n      }\n      byGender {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n    }\n    practices {\n      practiceId\n      title\n      countryCode\n      isCase\n      sessions\n    }\n    agenda {\n      days\n      sessions\n      byType {\n        key\n        label\n        count\n      }\n      blockingFindings\n      warningFindings\n    }\n    plans {\n      total\n      byStatus {\n        key\n        label\n        count\n      }\n      plans {\n        planId\n        title\n        delegation\n        status\n        awarded {\n          amount\n          currency\n          minorUnits\n        }\n      }\n      fund {\n        amount\n        currency\n        minorUnits\n      }\n      awarded {\n        amount\n        currency\n        minorUnits\n      }\n      awards\n    }\n    indicators {\n      total\n      onTrack\n      offTrack\n      noData\n    }\n    surveys {\n      surveyId\n      title\n      invited\n      answered\n      responseRate\n    }\n    budget {\n      currency\n      planned {\n        amount\n        currency\n        minorUnits\n      }\n      actual {\n        amount\n        currency\n        minorUnits\n      }\n      burnPercent\n      categories {\n        category\n        label\n        planned {\n          amount\n          currency\n          minorUnits\n        }\n        actual {\n          amount\n          currency\n          minorUnits\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportParts on ReportParts {\n    participation {\n      delegations\n      participants\n      selected\n      byCountry {\n        key\n        label\n        count\n      }\n      bySector {\n        key\n        label\n        count\n      }\n      byGender {\n        key\n        label\n        count\n      }\n      byStatus {\n        key\n        label\n        count\n      }\n    }\n    practices {\n      practiceId\n      title\n      countryCode\n      isCase\n      sessions\n    }\n    agenda {\n      days\n      sessions\n      byType {\n        key\n        label\n        count\n      }\n      blockingFindings\n      warningFindings\n    }\n    plans {\n      total\n      byStatus {\n        key\n        label\n        count\n      }\n      plans {\n        planId\n        title\n        delegation\n        status\n        awarded {\n          amount\n          currency\n          minorUnits\n        }\n      }\n      fund {\n        amount\n        currency\n        minorUnits\n      }\n      awarded {\n        amount\n        currency\n        minorUnits\n      }\n      awards\n    }\n    indicators {\n      total\n      onTrack\n      offTrack\n      noData\n    }\n    surveys {\n      surveyId\n      title\n      invited\n      answered\n      responseRate\n    }\n    budget {\n      currency\n      planned {\n        amount\n        currency\n        minorUnits\n      }\n      actual {\n        amount\n        currency\n        minorUnits\n      }\n      burnPercent\n      categories {\n        category\n        label\n        planned {\n          amount\n          currency\n          minorUnits\n        }\n        actual {\n          amount\n          currency\n          minorUnits\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RouteReport($routeId: ID!) {\n    routeReport(routeId: $routeId) {\n      route {\n        id\n        title\n      }\n      ...ReportParts\n    }\n  }\n"): (typeof documents)["\n  query RouteReport($routeId: ID!) {\n    routeReport(routeId: $routeId) {\n      route {\n        id\n        title\n      }\n      ...ReportParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeReport($programmeId: ID!) {\n    programmeReport(programmeId: $programmeId) {\n      programme {\n        id\n        name\n      }\n      routes {\n        route {\n          id\n          title\n        }\n        participation {\n          participants\n        }\n        plans {\n          total\n        }\n        indicators {\n          total\n        }\n      }\n      ...ReportParts\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeReport($programmeId: ID!) {\n    programmeReport(programmeId: $programmeId) {\n      programme {\n        id\n        name\n      }\n      routes {\n        route {\n          id\n          title\n        }\n        participation {\n          participants\n        }\n        plans {\n          total\n        }\n        indicators {\n          total\n        }\n      }\n      ...ReportParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutePhaseTile($id: ID!) {\n    route(id: $id) { id phase startDate endDate }\n  }\n"): (typeof documents)["\n  query RoutePhaseTile($id: ID!) {\n    route(id: $id) { id phase startDate endDate }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;