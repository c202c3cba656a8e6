export { logisticsModule } from './logistics.module';
// The public face of logistics: what other modules may read and refer to.
export { AgendaSessionRef } from './agenda/agenda-session.entity';
export { SessionType } from './agenda/session-type';
export { BudgetCategory } from './budget/budget-category';
export { agendaSummaryOf, agendaSummariesOf, type AgendaSummary } from './agenda/report-reads';
export { programmeBudgetOf, routeBudgetOf } from './budget/budget-reads';
