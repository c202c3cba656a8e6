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
    "\n  query ShellSurveyByToken($token: String!, $lang: Language) {\n    surveyByToken(token: $token, lang: $lang) {\n      surveyId\n      title\n      introduction\n      anonymous\n      answered\n      status\n      closesOn\n      questions { id position type required text options { value label } }\n    }\n  }\n": typeof types.ShellSurveyByTokenDocument,
    "\n  mutation ShellAnswerSurvey($token: String!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(token: $token, answers: $answers) { answeredOn anonymous }\n  }\n": typeof types.ShellAnswerSurveyDocument,
    "\n  query ShellDashboardRoutes($lang: Language) {\n    routes(first: 50) {\n      totalCount\n      edges { node { ...ShellDashboardRoute } }\n    }\n  }\n  fragment ShellDashboardRoute on LearningRoute {\n    id\n    title(lang: $lang)\n    startDate\n    endDate\n    hostCountry { code name(lang: $lang) }\n    programme { id name(lang: $lang) }\n  }\n": typeof types.ShellDashboardRoutesDocument,
    "\n  query ShellDashboardMyRoutes($lang: Language) {\n    myParticipations { id route { ...ShellDashboardRoute } }\n  }\n": typeof types.ShellDashboardMyRoutesDocument,
    "\n  query PortalSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          kind\n          id\n          title\n          detail\n          path\n        }\n      }\n    }\n  }\n": typeof types.PortalSearchDocument,
    "\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n": typeof types.ShellLoginDocument,
    "\n  mutation ShellAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n": typeof types.ShellAcceptInvitationDocument,
    "\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n": typeof types.ShellMeDocument,
};
const documents: Documents = {
    "\n  query ShellSurveyByToken($token: String!, $lang: Language) {\n    surveyByToken(token: $token, lang: $lang) {\n      surveyId\n      title\n      introduction\n      anonymous\n      answered\n      status\n      closesOn\n      questions { id position type required text options { value label } }\n    }\n  }\n": types.ShellSurveyByTokenDocument,
    "\n  mutation ShellAnswerSurvey($token: String!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(token: $token, answers: $answers) { answeredOn anonymous }\n  }\n": types.ShellAnswerSurveyDocument,
    "\n  query ShellDashboardRoutes($lang: Language) {\n    routes(first: 50) {\n      totalCount\n      edges { node { ...ShellDashboardRoute } }\n    }\n  }\n  fragment ShellDashboardRoute on LearningRoute {\n    id\n    title(lang: $lang)\n    startDate\n    endDate\n    hostCountry { code name(lang: $lang) }\n    programme { id name(lang: $lang) }\n  }\n": types.ShellDashboardRoutesDocument,
    "\n  query ShellDashboardMyRoutes($lang: Language) {\n    myParticipations { id route { ...ShellDashboardRoute } }\n  }\n": types.ShellDashboardMyRoutesDocument,
    "\n  query PortalSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          kind\n          id\n          title\n          detail\n          path\n        }\n      }\n    }\n  }\n": types.PortalSearchDocument,
    "\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n": types.ShellLoginDocument,
    "\n  mutation ShellAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n": types.ShellAcceptInvitationDocument,
    "\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n": types.ShellMeDocument,
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
export function graphql(source: "\n  query ShellSurveyByToken($token: String!, $lang: Language) {\n    surveyByToken(token: $token, lang: $lang) {\n      surveyId\n      title\n      introduction\n      anonymous\n      answered\n      status\n      closesOn\n      questions { id position type required text options { value label } }\n    }\n  }\n"): (typeof documents)["\n  query ShellSurveyByToken($token: String!, $lang: Language) {\n    surveyByToken(token: $token, lang: $lang) {\n      surveyId\n      title\n      introduction\n      anonymous\n      answered\n      status\n      closesOn\n      questions { id position type required text options { value label } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShellAnswerSurvey($token: String!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(token: $token, answers: $answers) { answeredOn anonymous }\n  }\n"): (typeof documents)["\n  mutation ShellAnswerSurvey($token: String!, $answers: [SurveyAnswerInput!]!) {\n    answerSurvey(token: $token, answers: $answers) { answeredOn anonymous }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellDashboardRoutes($lang: Language) {\n    routes(first: 50) {\n      totalCount\n      edges { node { ...ShellDashboardRoute } }\n    }\n  }\n  fragment ShellDashboardRoute on LearningRoute {\n    id\n    title(lang: $lang)\n    startDate\n    endDate\n    hostCountry { code name(lang: $lang) }\n    programme { id name(lang: $lang) }\n  }\n"): (typeof documents)["\n  query ShellDashboardRoutes($lang: Language) {\n    routes(first: 50) {\n      totalCount\n      edges { node { ...ShellDashboardRoute } }\n    }\n  }\n  fragment ShellDashboardRoute on LearningRoute {\n    id\n    title(lang: $lang)\n    startDate\n    endDate\n    hostCountry { code name(lang: $lang) }\n    programme { id name(lang: $lang) }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellDashboardMyRoutes($lang: Language) {\n    myParticipations { id route { ...ShellDashboardRoute } }\n  }\n"): (typeof documents)["\n  query ShellDashboardMyRoutes($lang: Language) {\n    myParticipations { id route { ...ShellDashboardRoute } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          kind\n          id\n          title\n          detail\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalSearch($query: String!, $first: Int) {\n    search(query: $query, first: $first) {\n      edges {\n        node {\n          kind\n          id\n          title\n          detail\n          path\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n"): (typeof documents)["\n  mutation ShellLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShellAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n"): (typeof documents)["\n  mutation ShellAcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      expiresAt\n      user { id displayName email role modules }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n"): (typeof documents)["\n  query ShellMe {\n    me { id displayName email role modules }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;