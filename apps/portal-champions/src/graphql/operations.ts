import { graphql } from './generated';

export const ChampionsListQuery = graphql(`
  query ChampionsList($first: Int!, $after: String, $filter: ChampionFilter) {
    champions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          trained
          averageRating
          feedbackCount
          person { id fullName country { code name } }
          practices { id role practice { id title } }
        }
      }
    }
  }
`);

export const ChampionsFilterOptionsQuery = graphql(`
  query ChampionsFilterOptions {
    practices(first: 100) { edges { node { id title } } }
  }
`);

export const ChampionsRouteOptionsQuery = graphql(`
  query ChampionsRouteOptions {
    routes(first: 100) { edges { node { id title } } }
  }
`);

export const ChampionDetailQuery = graphql(`
  query ChampionDetail($id: ID!, $lang: Language) {
    champion(id: $id) {
      id
      version
      bio(lang: $lang)
      languages
      expertiseTags
      thematicAreas { id name }
      consentToContact
      consentToContactDate
      consentToPhotograph
      consentToPhotographDate
      contactEmail
      contactPhone
      trained
      averageRating
      feedbackCount
      person {
        id
        fullName
        position
        country { code name }
        organisation { id name }
      }
      practices { id role practice { id title } }
      trainings { id version topic date trainer trainerPersonId completed notes }
    }
  }
`);

export const ChampionFeedbackListQuery = graphql(`
  query ChampionFeedbackList($championId: ID!, $first: Int!, $after: String) {
    championFeedback(championId: $championId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id rating comment sessionLabel createdAt route { id title } }
      }
    }
  }
`);

export const ChampionEditQuery = graphql(`
  query ChampionEdit($id: ID!) {
    champion(id: $id) {
      id
      version
      personId
      person { id fullName }
      bioTranslations { en fr es }
      languages
      expertiseTags
      thematicAreas { id }
      consentToContact
      consentToContactDate
      consentToPhotograph
      consentToPhotographDate
    }
  }
`);

export const ChampionFormOptionsQuery = graphql(`
  query ChampionFormOptions {
    thematicAreas(first: 100) { edges { node { id name } } }
  }
`);

export const CreateChampionMutation = graphql(`
  mutation CreateChampion($input: CreateChampionInput!) {
    createChampion(input: $input) { id version }
  }
`);

export const UpdateChampionMutation = graphql(`
  mutation UpdateChampion($input: UpdateChampionInput!) {
    updateChampion(input: $input) { id version }
  }
`);

export const DeleteChampionMutation = graphql(`
  mutation DeleteChampion($id: ID!, $version: Int!) {
    deleteChampion(id: $id, version: $version)
  }
`);

export const LinkChampionPracticeMutation = graphql(`
  mutation LinkChampionPractice($input: LinkChampionPracticeInput!) {
    linkChampionPractice(input: $input) { id role practiceId }
  }
`);

export const UnlinkChampionPracticeMutation = graphql(`
  mutation UnlinkChampionPractice($championId: ID!, $practiceId: ID!) {
    unlinkChampionPractice(championId: $championId, practiceId: $practiceId)
  }
`);

export const AddChampionTrainingMutation = graphql(`
  mutation AddChampionTraining($input: AddChampionTrainingInput!) {
    addChampionTraining(input: $input) { id version }
  }
`);

export const UpdateChampionTrainingMutation = graphql(`
  mutation UpdateChampionTraining($input: UpdateChampionTrainingInput!) {
    updateChampionTraining(input: $input) { id version }
  }
`);

export const DeleteChampionTrainingMutation = graphql(`
  mutation DeleteChampionTraining($id: ID!, $version: Int!) {
    deleteChampionTraining(id: $id, version: $version)
  }
`);

export const AddChampionFeedbackMutation = graphql(`
  mutation AddChampionFeedback($input: AddChampionFeedbackInput!) {
    addChampionFeedback(input: $input) { id rating }
  }
`);

export const ChampionReadinessViewQuery = graphql(`
  query ChampionReadinessView($routeId: ID!) {
    championReadiness(routeId: $routeId) {
      routeId
      championCount
      trainedCount
      needTrainingCount
      needTraining { id person { id fullName } }
      practices {
        practice { id title }
        championCount
        trainedCount
        needTrainingCount
        champions { id trained person { id fullName } }
      }
    }
  }
`);

export const ChampionsSearchQuery = graphql(`
  query ChampionsSearch($search: String!) {
    champions(first: 5, filter: { search: $search }) {
      edges { node { id trained person { id fullName country { name } } } }
    }
  }
`);
