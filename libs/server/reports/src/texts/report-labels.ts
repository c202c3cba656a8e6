import type { Language } from '@lr/server-core';
import { REPORT_PART_LABELS } from '@lr/shared-report-labels';

/**
 * The words of a report's documents and of its counted values, per language. The parts' names
 * and the words the portal's report page also shows come from @lr/shared-report-labels.
 */
export interface ReportLabels {
  routeReport: string;
  programmeReport: string;
  generatedOn: string;
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
  value: string;
  count: string;
  name: string;
  kind: string;
  country: string;
  practice: string;
  isCase: string;
  yes: string;
  no: string;
  days: string;
  sessions: string;
  blockingFindings: string;
  warningFindings: string;
  plan: string;
  delegation: string;
  status: string;
  awarded: string;
  awardKinds: string;
  fund: string;
  awards: string;
  indicator: string;
  progress: string;
  targetDate: string;
  total: string;
  survey: string;
  invited: string;
  answered: string;
  responseRate: string;
  category: string;
  planned: string;
  actual: string;
  variance: string;
  burn: string;
  currency: string;
  notShown: string;
  none: string;
  /** Enum values (sectors, genders, statuses, session types, categories…) by value. */
  values: Record<string, string>;
}

const en: ReportLabels = {
  ...REPORT_PART_LABELS.en,
  routeReport: 'Route report',
  programmeReport: 'Programme report',
  generatedOn: 'Generated on',
  value: 'Value',
  count: 'Count',
  name: 'Name',
  kind: 'Kind',
  country: 'Country',
  practice: 'Practice',
  yes: 'Yes',
  no: 'No',
  warningFindings: 'Warnings',
  plan: 'Plan',
  delegation: 'Delegation',
  status: 'Status',
  awardKinds: 'Award kinds',
  indicator: 'Indicator',
  progress: 'Progress (%)',
  targetDate: 'Target date',
  total: 'Total',
  survey: 'Survey',
  invited: 'Invited',
  answered: 'Answered',
  responseRate: 'Response rate (%)',
  variance: 'Variance',
  burn: 'Spent (%)',
  currency: 'Currency',
  notShown: 'Not shown to this reader',
  none: 'None',
  values: {
    NONE: 'None',
    GOVERNMENT: 'Government',
    CIVIL_SOCIETY: 'Civil society',
    UN: 'United Nations',
    DONOR: 'Donor',
    BUSINESS: 'Business',
    ACADEMIA: 'Academia',
    FEMALE: 'Female',
    MALE: 'Male',
    OTHER: 'Other',
    UNDISCLOSED: 'Undisclosed',
    NOMINATED: 'Nominated',
    SELECTED: 'Selected',
    WAITLISTED: 'Waitlisted',
    DECLINED: 'Declined',
    WITHDRAWN: 'Withdrawn',
    NATIONAL_TEAM: 'National team',
    CIVIL_SOCIETY_ALLIANCE: 'Civil society alliance',
    STAKEHOLDER_GROUP: 'Stakeholder group',
    OPENING: 'Opening',
    DELEGATION_PRESENTATIONS: 'Delegation presentations',
    CONTEXT_SETTING: 'Context setting',
    CASE_VISIT: 'Case visit',
    FIELD_VISIT: 'Field visit',
    ANALYSIS: 'Analysis',
    ACTION_PLAN_WORKSHOP: 'Action plan workshop',
    CLOSING: 'Closing',
    INFORMAL: 'Informal',
    DRAFT: 'Draft',
    SUBMITTED: 'Submitted',
    IN_REVIEW: 'In review',
    REVISION_REQUESTED: 'Revision requested',
    FINAL: 'Final',
    AWARDED: 'Awarded',
    CASH: 'Cash',
    IN_KIND: 'In kind',
    TECHNICAL_ASSISTANCE_VISIT: 'Technical assistance visit',
    ON_TRACK: 'On track',
    OFF_TRACK: 'Off track',
    NO_DATA: 'No data',
    SIX_MONTH: 'Six-month survey',
    CUSTOM: 'Survey',
    SCHEDULED: 'Scheduled',
    OPEN: 'Open',
    CLOSED: 'Closed',
    TRAVEL: 'Travel',
    ACCOMMODATION: 'Accommodation',
    PER_DIEM: 'Per diem',
    INTERPRETATION: 'Interpretation',
    COMMUNICATIONS: 'Communications',
    MATERIALS: 'Materials',
    STAFF: 'Staff',
    ACTION_FUND: 'Action fund',
  },
};

const fr: ReportLabels = {
  ...REPORT_PART_LABELS.fr,
  routeReport: 'Rapport de la route',
  programmeReport: 'Rapport du programme',
  generatedOn: 'Établi le',
  value: 'Valeur',
  count: 'Nombre',
  name: 'Nom',
  kind: 'Type',
  country: 'Pays',
  practice: 'Pratique',
  yes: 'Oui',
  no: 'Non',
  warningFindings: 'Avertissements',
  plan: 'Plan',
  delegation: 'Délégation',
  status: 'Statut',
  awardKinds: "Types d'attribution",
  indicator: 'Indicateur',
  progress: 'Progrès (%)',
  targetDate: 'Date cible',
  total: 'Total',
  survey: 'Enquête',
  invited: 'Invités',
  answered: 'Réponses',
  responseRate: 'Taux de réponse (%)',
  variance: 'Écart',
  burn: 'Dépensé (%)',
  currency: 'Devise',
  notShown: 'Non communiqué à ce lecteur',
  none: 'Aucun',
  values: {
    NONE: 'Aucun',
    GOVERNMENT: 'Gouvernement',
    CIVIL_SOCIETY: 'Société civile',
    UN: 'Nations unies',
    DONOR: 'Bailleur',
    BUSINESS: 'Entreprise',
    ACADEMIA: 'Université',
    FEMALE: 'Femme',
    MALE: 'Homme',
    OTHER: 'Autre',
    UNDISCLOSED: 'Non précisé',
    NOMINATED: 'Proposé',
    SELECTED: 'Sélectionné',
    WAITLISTED: "Liste d'attente",
    DECLINED: 'Refusé',
    WITHDRAWN: 'Retiré',
    NATIONAL_TEAM: 'Équipe nationale',
    CIVIL_SOCIETY_ALLIANCE: 'Alliance de la société civile',
    STAKEHOLDER_GROUP: 'Groupe de parties prenantes',
    OPENING: 'Ouverture',
    DELEGATION_PRESENTATIONS: 'Présentations des délégations',
    CONTEXT_SETTING: 'Mise en contexte',
    CASE_VISIT: 'Visite de cas',
    FIELD_VISIT: 'Visite de terrain',
    ANALYSIS: 'Analyse',
    ACTION_PLAN_WORKSHOP: "Atelier des plans d'action",
    CLOSING: 'Clôture',
    INFORMAL: 'Informel',
    DRAFT: 'Brouillon',
    SUBMITTED: 'Soumis',
    IN_REVIEW: 'En révision',
    REVISION_REQUESTED: 'Révision demandée',
    FINAL: 'Final',
    AWARDED: 'Primé',
    CASH: 'Espèces',
    IN_KIND: 'En nature',
    TECHNICAL_ASSISTANCE_VISIT: "Visite d'assistance technique",
    ON_TRACK: 'En bonne voie',
    OFF_TRACK: 'En retard',
    NO_DATA: 'Pas de données',
    SIX_MONTH: 'Enquête à six mois',
    CUSTOM: 'Enquête',
    SCHEDULED: 'Programmée',
    OPEN: 'Ouverte',
    CLOSED: 'Close',
    TRAVEL: 'Voyages',
    ACCOMMODATION: 'Hébergement',
    PER_DIEM: 'Indemnités journalières',
    INTERPRETATION: 'Interprétation',
    COMMUNICATIONS: 'Communication',
    MATERIALS: 'Matériel',
    STAFF: 'Personnel',
    ACTION_FUND: "Fonds d'action",
  },
};

const es: ReportLabels = {
  ...REPORT_PART_LABELS.es,
  routeReport: 'Informe de la ruta',
  programmeReport: 'Informe del programa',
  generatedOn: 'Generado el',
  value: 'Valor',
  count: 'Cantidad',
  name: 'Nombre',
  kind: 'Tipo',
  country: 'País',
  practice: 'Práctica',
  yes: 'Sí',
  no: 'No',
  warningFindings: 'Advertencias',
  plan: 'Plan',
  delegation: 'Delegación',
  status: 'Estado',
  awardKinds: 'Tipos de premio',
  indicator: 'Indicador',
  progress: 'Avance (%)',
  targetDate: 'Fecha meta',
  total: 'Total',
  survey: 'Encuesta',
  invited: 'Invitados',
  answered: 'Respuestas',
  responseRate: 'Tasa de respuesta (%)',
  variance: 'Diferencia',
  burn: 'Gastado (%)',
  currency: 'Moneda',
  notShown: 'No se muestra a este lector',
  none: 'Ninguno',
  values: {
    NONE: 'Ninguno',
    GOVERNMENT: 'Gobierno',
    CIVIL_SOCIETY: 'Sociedad civil',
    UN: 'Naciones Unidas',
    DONOR: 'Donante',
    BUSINESS: 'Empresa',
    ACADEMIA: 'Academia',
    FEMALE: 'Mujer',
    MALE: 'Hombre',
    OTHER: 'Otro',
    UNDISCLOSED: 'No indicado',
    NOMINATED: 'Nominado',
    SELECTED: 'Seleccionado',
    WAITLISTED: 'En lista de espera',
    DECLINED: 'Rechazado',
    WITHDRAWN: 'Retirado',
    NATIONAL_TEAM: 'Equipo nacional',
    CIVIL_SOCIETY_ALLIANCE: 'Alianza de la sociedad civil',
    STAKEHOLDER_GROUP: 'Grupo de actores',
    OPENING: 'Apertura',
    DELEGATION_PRESENTATIONS: 'Presentaciones de las delegaciones',
    CONTEXT_SETTING: 'Contexto',
    CASE_VISIT: 'Visita de caso',
    FIELD_VISIT: 'Visita de campo',
    ANALYSIS: 'Análisis',
    ACTION_PLAN_WORKSHOP: 'Taller de planes de acción',
    CLOSING: 'Clausura',
    INFORMAL: 'Informal',
    DRAFT: 'Borrador',
    SUBMITTED: 'Enviado',
    IN_REVIEW: 'En revisión',
    REVISION_REQUESTED: 'Revisión solicitada',
    FINAL: 'Final',
    AWARDED: 'Premiado',
    CASH: 'Efectivo',
    IN_KIND: 'En especie',
    TECHNICAL_ASSISTANCE_VISIT: 'Visita de asistencia técnica',
    ON_TRACK: 'En camino',
    OFF_TRACK: 'Retrasado',
    NO_DATA: 'Sin datos',
    SIX_MONTH: 'Encuesta a los seis meses',
    CUSTOM: 'Encuesta',
    SCHEDULED: 'Programada',
    OPEN: 'Abierta',
    CLOSED: 'Cerrada',
    TRAVEL: 'Viajes',
    ACCOMMODATION: 'Alojamiento',
    PER_DIEM: 'Viáticos',
    INTERPRETATION: 'Interpretación',
    COMMUNICATIONS: 'Comunicaciones',
    MATERIALS: 'Materiales',
    STAFF: 'Personal',
    ACTION_FUND: 'Fondo de acción',
  },
};

export const REPORT_LABELS: Record<Language, ReportLabels> = { en, fr, es };

/** An enum value in the language, or the value itself when it has no word. */
export const valueLabel = (labels: ReportLabels, value: string): string =>
  labels.values[value] ?? value;
