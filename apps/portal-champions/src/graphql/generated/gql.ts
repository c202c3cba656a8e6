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
    "\n  query ChampionsSearch($search: String!) {\n    champions(first: 5, filter: { search: $search }) {\n      edges { node { id trained person { id fullName country { name } } } }\n    }\n  }\n": typeof types.ChampionsSearchDocument,
    "\n  query ChampionsReadinessTile($routeId: ID!) {\n    championReadiness(routeId: $routeId) { routeId championCount trainedCount needTrainingCount practices { __typename } }\n  }\n": typeof types.ChampionsReadinessTileDocument,
};
const documents: Documents = {
    "\n  query ChampionsList($first: Int!, $after: String, $filter: ChampionFilter) {\n    champions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          trained\n          averageRating\n          feedbackCount\n          person { id fullName country { code name } }\n          practices { id role practice { id title } }\n        }\n      }\n    }\n  }\n": types.ChampionsListDocument,
    "\n  query ChampionsFilterOptions {\n    practices(first: 100) { edges { node { id title } } }\n  }\n": types.ChampionsFilterOptionsDocument,
    "\n  query ChampionsRouteOptions {\n    routes(first: 100) { edges { node { id title } } }\n  }\n": types.ChampionsRouteOptionsDocument,
    "\n  query ChampionDetail($id: ID!, $lang: Language) {\n    champion(id: $id) {\n      id\n      version\n      bio(lang: $lang)\n      languages\n      expertiseTags\n      thematicAreas { id name }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n      contactEmail\n      contactPhone\n      trained\n      averageRating\n      feedbackCount\n      person {\n        id\n        fullName\n        position\n        country { code name }\n        organisation { id name }\n      }\n      practices { id role practice { id title } }\n      trainings { id version topic date trainer trainerPersonId completed notes }\n    }\n  }\n": types.ChampionDetailDocument,
    "\n  query ChampionFeedbackList($championId: ID!, $first: Int!, $after: String) {\n    championFeedback(championId: $championId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id rating comment sessionLabel createdAt route { id title } }\n      }\n    }\n  }\n": types.ChampionFeedbackListDocument,
    "\n  query ChampionEdit($id: ID!) {\n    champion(id: $id) {\n      id\n      version\n      personId\n      person { id fullName }\n      bioTranslations { en fr es }\n      languages\n      expertiseTags\n      thematicAreas { id }\n      consentToContact\n      consentToContactDate\n      consentToPhotograph\n      consentToPhotographDate\n    }\n  }\n": types.ChampionEditDocument,
    "\n  query ChampionFormOptions {\n    thematicAreas(first: 100) { edges { node { id name } } }\n  }\n": types.ChampionFormOptionsDocument,
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
    "\n  query ChampionsSearch($search: String!) {\n    champions(first: 5, filter: { search: $search }) {\n      edges { node { id trained person { id fullName country { name } } } }\n    }\n  }\n": types.ChampionsSearchDocument,
    "\n  query ChampionsReadinessTile($routeId: ID!) {\n    championReadiness(routeId: $routeId) { routeId championCount trainedCount needTrainingCount practices { __typename } }\n  }\n": types.ChampionsReadinessTileDocument,
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
export function graphql(source: "\n  query ChampionsSearch($search: String!) {\n    champions(first: 5, filter: { search: $search }) {\n      edges { node { id trained person { id fullName country { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query ChampionsSearch($search: String!) {\n    champions(first: 5, filter: { search: $search }) {\n      edges { node { id trained person { id fullName country { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChampionsReadinessTile($routeId: ID!) {\n    championReadiness(routeId: $routeId) { routeId championCount trainedCount needTrainingCount practices { __typename } }\n  }\n"): (typeof documents)["\n  query ChampionsReadinessTile($routeId: ID!) {\n    championReadiness(routeId: $routeId) { routeId championCount trainedCount needTrainingCount practices { __typename } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;