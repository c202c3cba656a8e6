import { Language } from '@lr/server-core';
import { SessionType } from '../agenda/session-type';

/**
 * The words of the exported agenda (PDF and calendar descriptions). One object per language,
 * each typed as the whole set: a key missing in one language fails the type check rather than
 * printing a blank in that language's document.
 */
export interface AgendaLabels {
  /** Document title before the route's, e.g. "Agenda". */
  agenda: string;
  /** The per-person calendar's name, before the person's name. */
  agendaOf: string;
  dates: string;
  hostCountry: string;
  timeZone: string;
  /** After the zone's name: the times printed are local there. */
  localTimes: string;
  /** "Day 3", counted from the route's first day. */
  dayNumber: (n: number) => string;
  noSessions: string;
  time: string;
  type: string;
  session: string;
  place: string;
  /** After a place outside the host capital (field visits must include one, 000 §27). */
  outsideCapital: string;
  casePractice: string;
  champions: string;
  interpretation: string;
  notes: string;
  route: string;
  /** Shown where a date is missing. */
  notSet: string;
  /** Between a label and its value: French sets a space before the colon. */
  colon: string;
  sessionTypes: Record<SessionType, string>;
}

const en: AgendaLabels = {
  agenda: 'Agenda',
  agendaOf: 'Agenda of',
  dates: 'Dates',
  hostCountry: 'Host country',
  timeZone: 'Time zone',
  localTimes: 'all times are local',
  dayNumber: (n) => `Day ${n}`,
  noSessions: 'No sessions planned yet.',
  time: 'Time',
  type: 'Type',
  session: 'Session',
  place: 'Place',
  outsideCapital: 'outside the capital',
  casePractice: 'Case',
  champions: 'Champions',
  interpretation: 'Interpretation',
  notes: 'Notes',
  route: 'Route',
  notSet: 'not set',
  colon: ': ',
  sessionTypes: {
    [SessionType.OPENING]: 'Opening',
    [SessionType.DELEGATION_PRESENTATIONS]: 'Delegation presentations',
    [SessionType.CONTEXT_SETTING]: 'Context setting',
    [SessionType.CASE_VISIT]: 'Case visit',
    [SessionType.FIELD_VISIT]: 'Field visit',
    [SessionType.ANALYSIS]: 'Analysis',
    [SessionType.ACTION_PLAN_WORKSHOP]: 'Action plan workshop',
    [SessionType.CLOSING]: 'Closing',
    [SessionType.INFORMAL]: 'Informal time',
  },
};

const fr: AgendaLabels = {
  agenda: 'Programme',
  agendaOf: 'Programme de',
  dates: 'Dates',
  hostCountry: 'Pays hôte',
  timeZone: 'Fuseau horaire',
  localTimes: 'toutes les heures sont locales',
  dayNumber: (n) => `Jour ${n}`,
  noSessions: 'Aucune séance prévue pour l’instant.',
  time: 'Heure',
  type: 'Type',
  session: 'Séance',
  place: 'Lieu',
  outsideCapital: 'hors de la capitale',
  casePractice: 'Cas',
  champions: 'Champions',
  interpretation: 'Interprétation',
  notes: 'Remarques',
  route: 'Route',
  notSet: 'non fixées',
  colon: ' : ',
  sessionTypes: {
    [SessionType.OPENING]: 'Ouverture',
    [SessionType.DELEGATION_PRESENTATIONS]: 'Présentations des délégations',
    [SessionType.CONTEXT_SETTING]: 'Mise en contexte',
    [SessionType.CASE_VISIT]: 'Visite de cas',
    [SessionType.FIELD_VISIT]: 'Visite de terrain',
    [SessionType.ANALYSIS]: 'Analyse',
    [SessionType.ACTION_PLAN_WORKSHOP]: 'Atelier plan d’action',
    [SessionType.CLOSING]: 'Clôture',
    [SessionType.INFORMAL]: 'Moment informel',
  },
};

const es: AgendaLabels = {
  agenda: 'Agenda',
  agendaOf: 'Agenda de',
  dates: 'Fechas',
  hostCountry: 'País anfitrión',
  timeZone: 'Zona horaria',
  localTimes: 'todas las horas son locales',
  dayNumber: (n) => `Día ${n}`,
  noSessions: 'Aún no hay sesiones previstas.',
  time: 'Hora',
  type: 'Tipo',
  session: 'Sesión',
  place: 'Lugar',
  outsideCapital: 'fuera de la capital',
  casePractice: 'Caso',
  champions: 'Campeones',
  interpretation: 'Interpretación',
  notes: 'Notas',
  route: 'Ruta',
  notSet: 'por definir',
  colon: ': ',
  sessionTypes: {
    [SessionType.OPENING]: 'Apertura',
    [SessionType.DELEGATION_PRESENTATIONS]: 'Presentaciones de las delegaciones',
    [SessionType.CONTEXT_SETTING]: 'Contextualización',
    [SessionType.CASE_VISIT]: 'Visita al caso',
    [SessionType.FIELD_VISIT]: 'Visita de campo',
    [SessionType.ANALYSIS]: 'Análisis',
    [SessionType.ACTION_PLAN_WORKSHOP]: 'Taller de plan de acción',
    [SessionType.CLOSING]: 'Clausura',
    [SessionType.INFORMAL]: 'Actividad informal',
  },
};

export const AGENDA_LABELS: Readonly<Record<Language, AgendaLabels>> = { [Language.EN]: en, [Language.FR]: fr, [Language.ES]: es };
