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
    "\n  query ChampionsList($first: Int!, $after: String, $filter: ChampionFilter) {\n    champions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          trained\n          averageRating\n          feedbackCount\n          person { id fullName country { code name } }\n          practices { id role practice { id title } }\n        }\n      }\n    }\n  }\n": typeof types.ChampionsListDocument,
    "\n  query ChampionsFilterOptions {\n    practices(first: 100) { edges { node { id title } } }\n  }\n": typeof types.ChampionsFilterOptionsDocument,
    "\n  query ChampionsRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n": typeof types.ChampionsRouteOptionsDocument,
    "\n  query ChampionDetail($id: ID!, $lang: Language) {\n    champion(id: $id) {\n      id\n      version\n      bio(lang: $lang)\n      languages\n      expertiseTags\n      thematicAreas { id name }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n      contactEmail\n      contactPhone\n      trained\n      averageRating\n      feedbackCount\n      person {\n        id\n        fullName\n        position\n        country { code name }\n        organisation { id name }\n      }\n      practices { id role practice { id title } }\n      trainings { id version topic date trainer trainerPersonId completed notes }\n    }\n  }\n": typeof types.ChampionDetailDocument,
    "\n  query ChampionFeedbackList($championId: ID!, $first: Int!, $after: String) {\n    championFeedback(championId: $championId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id rating comment sessionLabel createdAt route { id title } }\n      }\n    }\n  }\n": typeof types.ChampionFeedbackListDocument,
    "\n  query ChampionEdit($id: ID!) {\n    champion(id: $id) {\n      id\n      version\n      personId\n      person { id fullName }\n      bioTranslations { en fr es }\n      languages\n      expertiseTags\n      thematicAreas { id }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n    }\n  }\n": typeof types.ChampionEditDocument,
    "\n  query ChampionFormOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n": typeof types.ChampionFormOptionsDocument,
    "\n  query ChampionPersonOptions($search: String) {\n    people(first: 100, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { code name } } }\n    }\n  }\n": typeof types.ChampionPersonOptionsDocument,
    "\n  mutation CreateChampion($input: CreateChampionInput!) {\n    createChampion(input: $input) { id version }\n  }\n": typeof types.CreateChampionDocument,
    "\n  mutation UpdateChampion($input: UpdateChampionInput!) {\n    updateChampion(input: $input) { id version }\n  }\n": typeof types.UpdateChampionDocument,
    "\n  mutation DeleteChampion($id: ID!, $version: Int!) {\n    deleteChampion(id: $id, version: $version)\n  }\n": typeof types.DeleteChampionDocument,
    "\n  mutation LinkChampionPractice($input: LinkChampionPracticeInput!) {\n    linkChampionPractice(input: $input) { id role practiceId }\n  }\n": typeof types.LinkChampionPracticeDocument,
    "\n  mutation UnlinkChampionPractice($championId: ID!, $practiceId: ID!) {\n    unlinkChampionPractice(championId: $championId, practiceId: $practiceId)\n  }\n": typeof types.UnlinkChampionPracticeDocument,
    "\n  mutation AddChampionTraining($input: AddChampionTrainingInput!) {\n    addChampionTraining(input: $input) { id version }\n  }\n": typeof types.AddChampionTrainingDocument,
    "\n  mutation UpdateChampionTraining($input: UpdateChampionTrainingInput!) {\n    updateChampionTraining(input: $input) { id version }\n  }\n": typeof types.UpdateChampionTrainingDocument,
    "\n  mutation DeleteChampionTraining($id: ID!, $version: Int!) {\n    deleteChampionTraining(id: $id, version: $version)\n  }\n": typeof types.DeleteChampionTrainingDocument,
    "\n  mutation AddChampionFeedback($input: AddChampionFeedbackInput!) {\n    addChampionFeedback(input: $input) { id rating }\n  }\n": typeof types.AddChampionFeedbackDocument,
    "\n  query ChampionReadinessView($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        championCount\n        trainedCount\n        needTrainingCount\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n": typeof types.ChampionReadinessViewDocument,
    "\n  query PracticesList($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort) {\n    practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          level\n          score\n          locality\n          country { code name }\n          thematicAreas { id name }\n        }\n      }\n    }\n  }\n": typeof types.PracticesListDocument,
    "\n  query PracticeOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n    routes(first: 100) { edges { node { id title hostCountryCode } } }\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": typeof types.PracticeOptionsDocument,
    "\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id fromStatus toStatus reason changedBy at }\n    }\n  }\n": typeof types.PracticeDetailDocument,
    "\n  query PracticeEdit($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      countryCode\n      level\n      locality\n      thematicAreaIds\n      leadingOrganisationIds\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      keySuccessFactorsTranslations { en fr es }\n      lessonsLearnedTranslations { en fr es }\n      innovationsTranslations { en fr es }\n      evidenceTranslations { en fr es }\n    }\n  }\n": typeof types.PracticeEditDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { id version }\n  }\n": typeof types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { id version }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  mutation DeletePractice($id: ID!, $version: Int!) {\n    deletePractice(id: $id, version: $version)\n  }\n": typeof types.DeletePracticeDocument,
    "\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n": typeof types.ChangePracticeStatusDocument,
    "\n  query PracticeAssessments($id: ID!) {\n    practice(id: $id) {\n      id\n      title\n      score\n      completeAssessmentCount\n      assessments {\n        id\n        version\n        assessorId\n        assessorName\n        status\n        complete\n        score\n        submittedAt\n        criteria { id code name weight position }\n        scores { id criterionId score comment }\n      }\n    }\n  }\n": typeof types.PracticeAssessmentsDocument,
    "\n  query AssessorCandidates {\n    users(first: 100, filter: { active: true }) { edges { node { id displayName email role } } }\n  }\n": typeof types.AssessorCandidatesDocument,
    "\n  mutation AssignAssessor($input: AssignAssessorInput!) {\n    assignAssessor(input: $input) { id version }\n  }\n": typeof types.AssignAssessorDocument,
    "\n  mutation UnassignAssessor($id: ID!, $version: Int!) {\n    unassignAssessor(id: $id, version: $version)\n  }\n": typeof types.UnassignAssessorDocument,
    "\n  query AssessmentForm($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      assessorId\n      status\n      score\n      practice { id title }\n      criteria { id code name description weight position }\n      scores { id criterionId score comment }\n    }\n  }\n": typeof types.AssessmentFormDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      version\n      status\n      score\n      scores { id criterionId score comment }\n    }\n  }\n": typeof types.SaveAssessmentDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      score\n      complete\n      createdAt\n      submittedAt\n      practice { id title status country { code name } }\n    }\n  }\n": typeof types.MyAssessmentsDocument,
    "\n  query Systematization($id: ID!) {\n    practice(id: $id) {\n      id\n      status\n      systematizationSteps {\n        id\n        version\n        step\n        status\n        ownerId\n        owner { id fullName }\n        startDate\n        dueDate\n        doneDate\n      }\n    }\n    people(first: 100) { edges { node { id fullName } } }\n  }\n": typeof types.SystematizationDocument,
    "\n  mutation UpdateSystematizationStep($input: UpdateSystematizationStepInput!) {\n    updateSystematizationStep(input: $input) {\n      id\n      version\n      status\n      ownerId\n      owner { id fullName }\n      startDate\n      dueDate\n      doneDate\n    }\n  }\n": typeof types.UpdateSystematizationStepDocument,
    "\n  query Materials($id: ID!) {\n    practice(id: $id) {\n      id\n      materials {\n        id\n        version\n        kind\n        language\n        title\n        url\n        hasFile\n        fileName\n        fileSize\n        contentType\n        fileUploadPath\n        downloadPath\n      }\n    }\n  }\n": typeof types.MaterialsDocument,
    "\n  mutation CreatePracticeMaterial($input: CreatePracticeMaterialInput!) {\n    createPracticeMaterial(input: $input) { id version fileUploadPath }\n  }\n": typeof types.CreatePracticeMaterialDocument,
    "\n  mutation DeletePracticeMaterial($id: ID!, $version: Int!) {\n    deletePracticeMaterial(id: $id, version: $version)\n  }\n": typeof types.DeletePracticeMaterialDocument,
    "\n  query PracticeChampions($id: ID!) {\n    practice(id: $id) {\n      id\n      champions {\n        id\n        role\n        championId\n        champion { id person { id fullName } }\n      }\n    }\n  }\n": typeof types.PracticeChampionsDocument,
    "\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId) {\n      rank\n      score\n      completeAssessments\n      practice { id title status routes { id } }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      score\n      fit\n      assessmentScore\n      practice { id title status routes { id } }\n      reasons {\n        countryCode\n        rank\n        thematicAreaId\n        country { code name }\n        thematicArea { id name }\n      }\n    }\n  }\n": typeof types.RouteMatchingDocument,
    "\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": typeof types.AttachPracticeToRouteDocument,
    "\n  query RoutesList($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {\n    routes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          phase\n          startDate\n          endDate\n          hostCountry { code name }\n          programme { id name }\n        }\n      }\n    }\n  }\n": typeof types.RoutesListDocument,
    "\n  query RouteFilterOptions {\n    programmes(first: 100) { edges { node { id name } } }\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n": typeof types.RouteFilterOptionsDocument,
    "\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id fromPhase toPhase reason changedBy at }\n    }\n  }\n": typeof types.RouteDetailDocument,
    "\n  query RouteEdit($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      programmeId\n      hostCountryCode\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      learningObjectivesTranslations { en fr es }\n      workingLanguages\n      startDate\n      endDate\n      thematicAreas { id }\n    }\n  }\n": typeof types.RouteEditDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { id version }\n  }\n": typeof types.CreateRouteDocument,
    "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) { id version }\n  }\n": typeof types.UpdateRouteDocument,
    "\n  mutation DeleteRoute($id: ID!, $version: Int!) {\n    deleteRoute(id: $id, version: $version)\n  }\n": typeof types.DeleteRouteDocument,
    "\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, reason: $reason) { id version phase allowedNextPhases }\n  }\n": typeof types.AdvanceRoutePhaseDocument,
    "\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n": typeof types.ProgrammesListDocument,
    "\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n": typeof types.PeopleListDocument,
    "\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone\n    }\n  }\n": typeof types.PersonEditDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id version }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { id version }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n": typeof types.OrganisationsListDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) { id version name acronym type countryCode website }\n  }\n": typeof types.OrganisationEditDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { id version }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) { id version }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n": typeof types.ShellLoginDocument,
    "\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n": typeof types.ShellMeDocument,
    "\n  query ReferenceCountriesPage($after: String) {\n    countries(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { code name learningNeeds { id } } }\n    }\n  }\n": typeof types.ReferenceCountriesPageDocument,
};
const documents: Documents = {
    "\n  query ChampionsList($first: Int!, $after: String, $filter: ChampionFilter) {\n    champions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          trained\n          averageRating\n          feedbackCount\n          person { id fullName country { code name } }\n          practices { id role practice { id title } }\n        }\n      }\n    }\n  }\n": types.ChampionsListDocument,
    "\n  query ChampionsFilterOptions {\n    practices(first: 100) { edges { node { id title } } }\n  }\n": types.ChampionsFilterOptionsDocument,
    "\n  query ChampionsRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n": types.ChampionsRouteOptionsDocument,
    "\n  query ChampionDetail($id: ID!, $lang: Language) {\n    champion(id: $id) {\n      id\n      version\n      bio(lang: $lang)\n      languages\n      expertiseTags\n      thematicAreas { id name }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n      contactEmail\n      contactPhone\n      trained\n      averageRating\n      feedbackCount\n      person {\n        id\n        fullName\n        position\n        country { code name }\n        organisation { id name }\n      }\n      practices { id role practice { id title } }\n      trainings { id version topic date trainer trainerPersonId completed notes }\n    }\n  }\n": types.ChampionDetailDocument,
    "\n  query ChampionFeedbackList($championId: ID!, $first: Int!, $after: String) {\n    championFeedback(championId: $championId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id rating comment sessionLabel createdAt route { id title } }\n      }\n    }\n  }\n": types.ChampionFeedbackListDocument,
    "\n  query ChampionEdit($id: ID!) {\n    champion(id: $id) {\n      id\n      version\n      personId\n      person { id fullName }\n      bioTranslations { en fr es }\n      languages\n      expertiseTags\n      thematicAreas { id }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n    }\n  }\n": types.ChampionEditDocument,
    "\n  query ChampionFormOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n": types.ChampionFormOptionsDocument,
    "\n  query ChampionPersonOptions($search: String) {\n    people(first: 100, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { code name } } }\n    }\n  }\n": types.ChampionPersonOptionsDocument,
    "\n  mutation CreateChampion($input: CreateChampionInput!) {\n    createChampion(input: $input) { id version }\n  }\n": types.CreateChampionDocument,
    "\n  mutation UpdateChampion($input: UpdateChampionInput!) {\n    updateChampion(input: $input) { id version }\n  }\n": types.UpdateChampionDocument,
    "\n  mutation DeleteChampion($id: ID!, $version: Int!) {\n    deleteChampion(id: $id, version: $version)\n  }\n": types.DeleteChampionDocument,
    "\n  mutation LinkChampionPractice($input: LinkChampionPracticeInput!) {\n    linkChampionPractice(input: $input) { id role practiceId }\n  }\n": types.LinkChampionPracticeDocument,
    "\n  mutation UnlinkChampionPractice($championId: ID!, $practiceId: ID!) {\n    unlinkChampionPractice(championId: $championId, practiceId: $practiceId)\n  }\n": types.UnlinkChampionPracticeDocument,
    "\n  mutation AddChampionTraining($input: AddChampionTrainingInput!) {\n    addChampionTraining(input: $input) { id version }\n  }\n": types.AddChampionTrainingDocument,
    "\n  mutation UpdateChampionTraining($input: UpdateChampionTrainingInput!) {\n    updateChampionTraining(input: $input) { id version }\n  }\n": types.UpdateChampionTrainingDocument,
    "\n  mutation DeleteChampionTraining($id: ID!, $version: Int!) {\n    deleteChampionTraining(id: $id, version: $version)\n  }\n": types.DeleteChampionTrainingDocument,
    "\n  mutation AddChampionFeedback($input: AddChampionFeedbackInput!) {\n    addChampionFeedback(input: $input) { id rating }\n  }\n": types.AddChampionFeedbackDocument,
    "\n  query ChampionReadinessView($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        championCount\n        trainedCount\n        needTrainingCount\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n": types.ChampionReadinessViewDocument,
    "\n  query PracticesList($first: Int!, $after: String, $filter: PracticeFilter, $sort: PracticeSort) {\n    practices(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          status\n          level\n          score\n          locality\n          country { code name }\n          thematicAreas { id name }\n        }\n      }\n    }\n  }\n": types.PracticesListDocument,
    "\n  query PracticeOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n    routes(first: 100) { edges { node { id title hostCountryCode } } }\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": types.PracticeOptionsDocument,
    "\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id fromStatus toStatus reason changedBy at }\n    }\n  }\n": types.PracticeDetailDocument,
    "\n  query PracticeEdit($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      countryCode\n      level\n      locality\n      thematicAreaIds\n      leadingOrganisationIds\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      keySuccessFactorsTranslations { en fr es }\n      lessonsLearnedTranslations { en fr es }\n      innovationsTranslations { en fr es }\n      evidenceTranslations { en fr es }\n    }\n  }\n": types.PracticeEditDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) { id version }\n  }\n": types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) { id version }\n  }\n": types.UpdatePracticeDocument,
    "\n  mutation DeletePractice($id: ID!, $version: Int!) {\n    deletePractice(id: $id, version: $version)\n  }\n": types.DeletePracticeDocument,
    "\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n": types.ChangePracticeStatusDocument,
    "\n  query PracticeAssessments($id: ID!) {\n    practice(id: $id) {\n      id\n      title\n      score\n      completeAssessmentCount\n      assessments {\n        id\n        version\n        assessorId\n        assessorName\n        status\n        complete\n        score\n        submittedAt\n        criteria { id code name weight position }\n        scores { id criterionId score comment }\n      }\n    }\n  }\n": types.PracticeAssessmentsDocument,
    "\n  query AssessorCandidates {\n    users(first: 100, filter: { active: true }) { edges { node { id displayName email role } } }\n  }\n": types.AssessorCandidatesDocument,
    "\n  mutation AssignAssessor($input: AssignAssessorInput!) {\n    assignAssessor(input: $input) { id version }\n  }\n": types.AssignAssessorDocument,
    "\n  mutation UnassignAssessor($id: ID!, $version: Int!) {\n    unassignAssessor(id: $id, version: $version)\n  }\n": types.UnassignAssessorDocument,
    "\n  query AssessmentForm($id: ID!) {\n    assessment(id: $id) {\n      id\n      version\n      assessorId\n      status\n      score\n      practice { id title }\n      criteria { id code name description weight position }\n      scores { id criterionId score comment }\n    }\n  }\n": types.AssessmentFormDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      version\n      status\n      score\n      scores { id criterionId score comment }\n    }\n  }\n": types.SaveAssessmentDocument,
    "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      score\n      complete\n      createdAt\n      submittedAt\n      practice { id title status country { code name } }\n    }\n  }\n": types.MyAssessmentsDocument,
    "\n  query Systematization($id: ID!) {\n    practice(id: $id) {\n      id\n      status\n      systematizationSteps {\n        id\n        version\n        step\n        status\n        ownerId\n        owner { id fullName }\n        startDate\n        dueDate\n        doneDate\n      }\n    }\n    people(first: 100) { edges { node { id fullName } } }\n  }\n": types.SystematizationDocument,
    "\n  mutation UpdateSystematizationStep($input: UpdateSystematizationStepInput!) {\n    updateSystematizationStep(input: $input) {\n      id\n      version\n      status\n      ownerId\n      owner { id fullName }\n      startDate\n      dueDate\n      doneDate\n    }\n  }\n": types.UpdateSystematizationStepDocument,
    "\n  query Materials($id: ID!) {\n    practice(id: $id) {\n      id\n      materials {\n        id\n        version\n        kind\n        language\n        title\n        url\n        hasFile\n        fileName\n        fileSize\n        contentType\n        fileUploadPath\n        downloadPath\n      }\n    }\n  }\n": types.MaterialsDocument,
    "\n  mutation CreatePracticeMaterial($input: CreatePracticeMaterialInput!) {\n    createPracticeMaterial(input: $input) { id version fileUploadPath }\n  }\n": types.CreatePracticeMaterialDocument,
    "\n  mutation DeletePracticeMaterial($id: ID!, $version: Int!) {\n    deletePracticeMaterial(id: $id, version: $version)\n  }\n": types.DeletePracticeMaterialDocument,
    "\n  query PracticeChampions($id: ID!) {\n    practice(id: $id) {\n      id\n      champions {\n        id\n        role\n        championId\n        champion { id person { id fullName } }\n      }\n    }\n  }\n": types.PracticeChampionsDocument,
    "\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId) {\n      rank\n      score\n      completeAssessments\n      practice { id title status routes { id } }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      score\n      fit\n      assessmentScore\n      practice { id title status routes { id } }\n      reasons {\n        countryCode\n        rank\n        thematicAreaId\n        country { code name }\n        thematicArea { id name }\n      }\n    }\n  }\n": types.RouteMatchingDocument,
    "\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n": types.AttachPracticeToRouteDocument,
    "\n  query RoutesList($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {\n    routes(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          phase\n          startDate\n          endDate\n          hostCountry { code name }\n          programme { id name }\n        }\n      }\n    }\n  }\n": types.RoutesListDocument,
    "\n  query RouteFilterOptions {\n    programmes(first: 100) { edges { node { id name } } }\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n": types.RouteFilterOptionsDocument,
    "\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id fromPhase toPhase reason changedBy at }\n    }\n  }\n": types.RouteDetailDocument,
    "\n  query RouteEdit($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      programmeId\n      hostCountryCode\n      titleTranslations { en fr es }\n      summaryTranslations { en fr es }\n      learningObjectivesTranslations { en fr es }\n      workingLanguages\n      startDate\n      endDate\n      thematicAreas { id }\n    }\n  }\n": types.RouteEditDocument,
    "\n  mutation CreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { id version }\n  }\n": types.CreateRouteDocument,
    "\n  mutation UpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) { id version }\n  }\n": types.UpdateRouteDocument,
    "\n  mutation DeleteRoute($id: ID!, $version: Int!) {\n    deleteRoute(id: $id, version: $version)\n  }\n": types.DeleteRouteDocument,
    "\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, reason: $reason) { id version phase allowedNextPhases }\n  }\n": types.AdvanceRoutePhaseDocument,
    "\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n": types.ProgrammesListDocument,
    "\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n": types.PeopleListDocument,
    "\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone\n    }\n  }\n": types.PersonEditDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) { id version }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) { id version }\n  }\n": types.UpdatePersonDocument,
    "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n": types.OrganisationsListDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) { edges { node { id name acronym } } }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query OrganisationEdit($id: ID!) {\n    organisation(id: $id) { id version name acronym type countryCode website }\n  }\n": types.OrganisationEditDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) { id version }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) { id version }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n": types.ShellLoginDocument,
    "\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n": types.ShellMeDocument,
    "\n  query ReferenceCountriesPage($after: String) {\n    countries(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { code name learningNeeds { id } } }\n    }\n  }\n": types.ReferenceCountriesPageDocument,
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
export function graphql(source: "\n  query ChampionsList($first: Int!, $after: String, $filter: ChampionFilter) {\n    champions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          trained\n          averageRating\n          feedbackCount\n          person { id fullName country { code name } }\n          practices { id role practice { id title } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChampionsList($first: Int!, $after: String, $filter: ChampionFilter) {\n    champions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          trained\n          averageRating\n          feedbackCount\n          person { id fullName country { code name } }\n          practices { id role practice { id title } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionsFilterOptions {\n    practices(first: 100) { edges { node { id title } } }\n  }\n"): (typeof documents)["\n  query ChampionsFilterOptions {\n    practices(first: 100) { edges { node { id title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionsRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n"): (typeof documents)["\n  query ChampionsRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionDetail($id: ID!, $lang: Language) {\n    champion(id: $id) {\n      id\n      version\n      bio(lang: $lang)\n      languages\n      expertiseTags\n      thematicAreas { id name }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n      contactEmail\n      contactPhone\n      trained\n      averageRating\n      feedbackCount\n      person {\n        id\n        fullName\n        position\n        country { code name }\n        organisation { id name }\n      }\n      practices { id role practice { id title } }\n      trainings { id version topic date trainer trainerPersonId completed notes }\n    }\n  }\n"): (typeof documents)["\n  query ChampionDetail($id: ID!, $lang: Language) {\n    champion(id: $id) {\n      id\n      version\n      bio(lang: $lang)\n      languages\n      expertiseTags\n      thematicAreas { id name }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n      contactEmail\n      contactPhone\n      trained\n      averageRating\n      feedbackCount\n      person {\n        id\n        fullName\n        position\n        country { code name }\n        organisation { id name }\n      }\n      practices { id role practice { id title } }\n      trainings { id version topic date trainer trainerPersonId completed notes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionFeedbackList($championId: ID!, $first: Int!, $after: String) {\n    championFeedback(championId: $championId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id rating comment sessionLabel createdAt route { id title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChampionFeedbackList($championId: ID!, $first: Int!, $after: String) {\n    championFeedback(championId: $championId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id rating comment sessionLabel createdAt route { id title } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionEdit($id: ID!) {\n    champion(id: $id) {\n      id\n      version\n      personId\n      person { id fullName }\n      bioTranslations { en fr es }\n      languages\n      expertiseTags\n      thematicAreas { id }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n    }\n  }\n"): (typeof documents)["\n  query ChampionEdit($id: ID!) {\n    champion(id: $id) {\n      id\n      version\n      personId\n      person { id fullName }\n      bioTranslations { en fr es }\n      languages\n      expertiseTags\n      thematicAreas { id }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionFormOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query ChampionFormOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionPersonOptions($search: String) {\n    people(first: 100, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { code name } } }\n    }\n  }\n"): (typeof documents)["\n  query ChampionPersonOptions($search: String) {\n    people(first: 100, filter: { search: $search }) {\n      totalCount\n      edges { node { id fullName country { code name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChampion($input: CreateChampionInput!) {\n    createChampion(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation CreateChampion($input: CreateChampionInput!) {\n    createChampion(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChampion($input: UpdateChampionInput!) {\n    updateChampion(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateChampion($input: UpdateChampionInput!) {\n    updateChampion(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChampion($id: ID!, $version: Int!) {\n    deleteChampion(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteChampion($id: ID!, $version: Int!) {\n    deleteChampion(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkChampionPractice($input: LinkChampionPracticeInput!) {\n    linkChampionPractice(input: $input) { id role practiceId }\n  }\n"): (typeof documents)["\n  mutation LinkChampionPractice($input: LinkChampionPracticeInput!) {\n    linkChampionPractice(input: $input) { id role practiceId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkChampionPractice($championId: ID!, $practiceId: ID!) {\n    unlinkChampionPractice(championId: $championId, practiceId: $practiceId)\n  }\n"): (typeof documents)["\n  mutation UnlinkChampionPractice($championId: ID!, $practiceId: ID!) {\n    unlinkChampionPractice(championId: $championId, practiceId: $practiceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChampionTraining($input: AddChampionTrainingInput!) {\n    addChampionTraining(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation AddChampionTraining($input: AddChampionTrainingInput!) {\n    addChampionTraining(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChampionTraining($input: UpdateChampionTrainingInput!) {\n    updateChampionTraining(input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation UpdateChampionTraining($input: UpdateChampionTrainingInput!) {\n    updateChampionTraining(input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteChampionTraining($id: ID!, $version: Int!) {\n    deleteChampionTraining(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteChampionTraining($id: ID!, $version: Int!) {\n    deleteChampionTraining(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChampionFeedback($input: AddChampionFeedbackInput!) {\n    addChampionFeedback(input: $input) { id rating }\n  }\n"): (typeof documents)["\n  mutation AddChampionFeedback($input: AddChampionFeedbackInput!) {\n    addChampionFeedback(input: $input) { id rating }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionReadinessView($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        championCount\n        trainedCount\n        needTrainingCount\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChampionReadinessView($routeId: ID!) {\n    championReadiness(routeId: $routeId) {\n      routeId\n      championCount\n      trainedCount\n      needTrainingCount\n      needTraining { id person { id fullName } }\n      practices {\n        practice { id title }\n        championCount\n        trainedCount\n        needTrainingCount\n        champions { id trained person { id fullName } }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id fromStatus toStatus reason changedBy at }\n    }\n  }\n"): (typeof documents)["\n  query PracticeDetail($id: ID!) {\n    practice(id: $id) {\n      id\n      version\n      title\n      summary\n      keySuccessFactors\n      lessonsLearned\n      innovations\n      evidence\n      status\n      allowedNextStatuses\n      level\n      locality\n      score\n      completeAssessmentCount\n      country { code name }\n      thematicAreas { id name }\n      leadingOrganisations { id name acronym }\n      routes { id title }\n      statusHistory { id fromStatus toStatus reason changedBy at }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePracticeStatus($practiceId: ID!, $toStatus: PracticeStatus!, $reason: String) {\n    changePracticeStatus(practiceId: $practiceId, toStatus: $toStatus, reason: $reason) {\n      id\n      version\n      status\n      allowedNextStatuses\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      score\n      complete\n      createdAt\n      submittedAt\n      practice { id title status country { code name } }\n    }\n  }\n"): (typeof documents)["\n  query MyAssessments {\n    myAssessments {\n      id\n      status\n      score\n      complete\n      createdAt\n      submittedAt\n      practice { id title status country { code name } }\n    }\n  }\n"];
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
export function graphql(source: "\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId) {\n      rank\n      score\n      completeAssessments\n      practice { id title status routes { id } }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      score\n      fit\n      assessmentScore\n      practice { id title status routes { id } }\n      reasons {\n        countryCode\n        rank\n        thematicAreaId\n        country { code name }\n        thematicArea { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RouteMatching($routeId: ID!, $visiting: [String!], $first: Int!) {\n    practiceRanking(routeId: $routeId) {\n      rank\n      score\n      completeAssessments\n      practice { id title status routes { id } }\n    }\n    recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first) {\n      score\n      fit\n      assessmentScore\n      practice { id title status routes { id } }\n      reasons {\n        countryCode\n        rank\n        thematicAreaId\n        country { code name }\n        thematicArea { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"): (typeof documents)["\n  mutation AttachPracticeToRoute($practiceId: ID!, $routeId: ID!) {\n    attachPracticeToRoute(practiceId: $practiceId, routeId: $routeId) { id cases { id } }\n  }\n"];
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
export function graphql(source: "\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id fromPhase toPhase reason changedBy at }\n    }\n  }\n"): (typeof documents)["\n  query RouteDetail($id: ID!) {\n    route(id: $id) {\n      id\n      version\n      title\n      summary\n      learningObjectives\n      phase\n      allowedNextPhases\n      startDate\n      endDate\n      durationDays\n      workingLanguages\n      hostCountry { code name }\n      programme { id name maxRouteDays }\n      thematicAreas { id name }\n      phaseHistory { id fromPhase toPhase reason changedBy at }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, reason: $reason) { id version phase allowedNextPhases }\n  }\n"): (typeof documents)["\n  mutation AdvanceRoutePhase($routeId: ID!, $toPhase: RoutePhase!, $reason: String) {\n    advanceRoutePhase(routeId: $routeId, toPhase: $toPhase, reason: $reason) { id version phase allowedNextPhases }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammesList($first: Int!, $after: String, $filter: ProgrammeFilter) {\n    programmes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          name\n          startDate\n          endDate\n          budget { amount currency }\n          funder { id name }\n          routes { id }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleList($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          fullName\n          position\n          email\n          languages\n          country { code name }\n          organisation { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone\n    }\n  }\n"): (typeof documents)["\n  query PersonEdit($id: ID!) {\n    person(id: $id) {\n      id version givenName familyName organisationId countryCode gender languages position email phone\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationsList($first: Int!, $after: String, $filter: OrganisationFilter) {\n    organisations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name acronym type website country { code name } } }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n"): (typeof documents)["\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n"): (typeof documents)["\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceCountriesPage($after: String) {\n    countries(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { code name learningNeeds { id } } }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceCountriesPage($after: String) {\n    countries(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { code name learningNeeds { id } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;