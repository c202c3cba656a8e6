import { graphql } from '../graphql/generated';

// What the report panel shows of each part; the same selection for a route and a programme.
export const ReportPartsFragment = graphql(`
  fragment ReportParts on ReportParts {
    participation {
      delegations
      participants
      selected
      byCountry {
        key
        label
        count
      }
      bySector {
        key
        label
        count
      }
      byGender {
        key
        label
        count
      }
      byStatus {
        key
        label
        count
      }
    }
    practices {
      practiceId
      title
      countryCode
      isCase
      sessions
    }
    agenda {
      days
      sessions
      byType {
        key
        label
        count
      }
      blockingFindings
      warningFindings
    }
    plans {
      total
      byStatus {
        key
        label
        count
      }
      plans {
        planId
        title
        delegation
        status
        awarded {
          amount
          currency
          minorUnits
        }
      }
      fund {
        amount
        currency
        minorUnits
      }
      awarded {
        amount
        currency
        minorUnits
      }
      awards
    }
    indicators {
      total
      onTrack
      offTrack
      noData
    }
    surveys {
      surveyId
      title
      invited
      answered
      responseRate
    }
    budget {
      currency
      planned {
        amount
        currency
        minorUnits
      }
      actual {
        amount
        currency
        minorUnits
      }
      burnPercent
      categories {
        category
        label
        planned {
          amount
          currency
          minorUnits
        }
        actual {
          amount
          currency
          minorUnits
        }
      }
    }
  }
`);

export const RouteReportQuery = graphql(`
  query RouteReport($routeId: ID!) {
    routeReport(routeId: $routeId) {
      route {
        id
        title
      }
      ...ReportParts
    }
  }
`);

export const ProgrammeReportQuery = graphql(`
  query ProgrammeReport($programmeId: ID!) {
    programmeReport(programmeId: $programmeId) {
      programme {
        id
        name
      }
      routes {
        route {
          id
          title
        }
        participation {
          participants
        }
        plans {
          total
        }
        indicators {
          total
        }
      }
      ...ReportParts
    }
  }
`);
