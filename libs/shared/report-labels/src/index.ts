/**
 * The words a route or programme report shares between its two readers: the server's PDF and
 * workbook (libs/server/reports) and the portal's report page (apps/portal-routes), so a title
 * reads the same on the page and in the file downloaded from it. Plain text, no ICU arguments:
 * the portal reads them as ICU messages (valid as they are), the server prints them as they are.
 * Words only one of them uses stay with it.
 */
export interface ReportPartLabels {
  participation: string;
  practices: string;
  agenda: string;
  plans: string;
  indicators: string;
  surveys: string;
  budget: string;
  routes: string;
  delegations: string;
  participants: string;
  selected: string;
  byCountry: string;
  bySector: string;
  byGender: string;
  byStatus: string;
  byType: string;
  days: string;
  sessions: string;
  blockingFindings: string;
  fund: string;
  awarded: string;
  awards: string;
  planned: string;
  actual: string;
  category: string;
  isCase: string;
}

export type ReportLanguage = 'en' | 'fr' | 'es';

export const REPORT_PART_LABELS: Record<ReportLanguage, ReportPartLabels> = {
  en: {
    participation: 'Participants and delegations',
    practices: 'Practices visited',
    agenda: 'Agenda as run',
    plans: 'Action plans and awards',
    indicators: 'Indicator progress',
    surveys: 'Survey results',
    budget: 'Budget: planned vs actual',
    routes: 'Routes',
    delegations: 'Delegations',
    participants: 'Participants',
    selected: 'Selected',
    byCountry: 'By country',
    bySector: 'By sector',
    byGender: 'By gender',
    byStatus: 'By status',
    byType: 'Sessions by type',
    days: 'Days',
    sessions: 'Sessions',
    blockingFindings: 'Blocking findings',
    fund: 'Action fund',
    awarded: 'Awarded',
    awards: 'Awards',
    planned: 'Planned',
    actual: 'Actual',
    category: 'Category',
    isCase: 'Case of the route',
  },
  fr: {
    participation: 'Participants et délégations',
    practices: 'Pratiques visitées',
    agenda: 'Programme tel que réalisé',
    plans: "Plans d'action et attributions",
    indicators: 'Progrès des indicateurs',
    surveys: 'Résultats des enquêtes',
    budget: 'Budget : prévu et réel',
    routes: 'Routes',
    delegations: 'Délégations',
    participants: 'Participants',
    selected: 'Sélectionnés',
    byCountry: 'Par pays',
    bySector: 'Par secteur',
    byGender: 'Par genre',
    byStatus: 'Par statut',
    byType: 'Séances par type',
    days: 'Jours',
    sessions: 'Séances',
    blockingFindings: 'Constats bloquants',
    fund: "Fonds d'action",
    awarded: 'Attribué',
    awards: 'Attributions',
    planned: 'Prévu',
    actual: 'Réel',
    category: 'Catégorie',
    isCase: 'Cas de la route',
  },
  es: {
    participation: 'Participantes y delegaciones',
    practices: 'Prácticas visitadas',
    agenda: 'Agenda realizada',
    plans: 'Planes de acción y premios',
    indicators: 'Avance de los indicadores',
    surveys: 'Resultados de las encuestas',
    budget: 'Presupuesto: previsto y real',
    routes: 'Rutas',
    delegations: 'Delegaciones',
    participants: 'Participantes',
    selected: 'Seleccionados',
    byCountry: 'Por país',
    bySector: 'Por sector',
    byGender: 'Por género',
    byStatus: 'Por estado',
    byType: 'Sesiones por tipo',
    days: 'Días',
    sessions: 'Sesiones',
    blockingFindings: 'Hallazgos bloqueantes',
    fund: 'Fondo de acción',
    awarded: 'Otorgado',
    awards: 'Premios',
    planned: 'Previsto',
    actual: 'Real',
    category: 'Categoría',
    isCase: 'Caso de la ruta',
  },
};
