import { graphql } from '../graphql/generated';

export const AgendaTileQuery = graphql(`
  query LogisticsAgendaTile($routeId: ID!) {
    agendaChecks(routeId: $routeId) { routeId ready blockingCount warningCount }
  }
`);

export const BudgetTileQuery = graphql(`
  query LogisticsBudgetTile($routeId: ID!) {
    routeBudget(routeId: $routeId) {
      routeId
      burnPercent
      planned { minorUnits currency }
      actual { minorUnits currency }
      missingRates
    }
  }
`);

export const ProgrammeBudgetTileQuery = graphql(`
  query LogisticsProgrammeBudgetTile($programmeId: ID!) {
    programmeBudget(programmeId: $programmeId) {
      programmeId
      burnPercent
      budget { minorUnits currency }
      planned { minorUnits currency }
      actual { minorUnits currency }
    }
  }
`);
