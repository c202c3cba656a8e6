import { graphql } from '../../graphql/generated';

/** What a route's card on the home shows before its tiles: title, dates, host country, programme. */
export const DashboardRoutesQuery = graphql(`
  query ShellDashboardRoutes($lang: Language) {
    routes(first: 50) {
      totalCount
      edges { node { ...ShellDashboardRoute } }
    }
  }
  fragment ShellDashboardRoute on LearningRoute {
    id
    title(lang: $lang)
    startDate
    endDate
    hostCountry { code name(lang: $lang) }
    programme { id name(lang: $lang) }
  }
`);

/** A participant's home shows the routes they take part in, not every route. */
export const DashboardMyRoutesQuery = graphql(`
  query ShellDashboardMyRoutes($lang: Language) {
    myParticipations { id route { ...ShellDashboardRoute } }
  }
`);
