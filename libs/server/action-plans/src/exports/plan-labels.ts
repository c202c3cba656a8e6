import { Language } from '@lr/server-core';
import { PlanStatus } from '../plans/plan-status';
import { Recommendation } from '../reviews/recommendation';
import { SmartRule } from '../smart/smart-rule';
import { parseSection } from '../reviews/review-sections';

/**
 * The words of a plan's PDF. One object per language, each typed as the whole set: a key
 * missing in one language fails the type check rather than printing a blank in that language's
 * document. The plan's own texts are printed as written; only these words are translated.
 */
export interface PlanLabels {
  /** A label before its value: "Status: ", and "Statut : " in French typography. */
  labelled: (label: string) => string;
  /** Above the title, e.g. "Action plan". */
  actionPlan: string;
  /** The mark on a plan never submitted: what is printed is the current draft. */
  draft: string;
  draftNote: string;
  delegation: string;
  country: string;
  route: string;
  status: string;
  version: string;
  /** "Version 2, submitted on 12 May 2025". */
  versionLine: (number: number, date: string) => string;
  context: string;
  innovations: string;
  practicesAdapted: string;
  objectives: string;
  activities: string;
  expectedResults: string;
  statement: string;
  indicator: string;
  baseline: string;
  target: string;
  description: string;
  responsible: string;
  start: string;
  due: string;
  resourcesBudget: string;
  smartCheck: string;
  smartPasses: string;
  /** "2 points fail the check:". */
  smartFails: (count: number) => string;
  /** What a SMART finding says after the place it is about ("Objectif 2 : …"). */
  smartRules: Record<SmartRule, string>;
  reviews: string;
  /** A version without reviews (yet). */
  noReviews: string;
  reviewer: string;
  recommendation: string;
  summary: string;
  /** "Review by Ana Ruiz, 14 May 2025". */
  reviewBy: (name: string, date: string) => string;
  /** Where a value or date is missing. */
  notSet: string;
  /** A section left empty. */
  none: string;
  /** "Page 2 of 5". */
  page: (n: number, total: number) => string;
  statuses: Record<PlanStatus, string>;
  recommendations: Record<Recommendation, string>;
  /** A section a review comments on, by its key (title, context, … objectives). */
  sections: Record<'title' | 'context' | 'innovations' | 'practices' | 'expectedResults' | 'objectives' | 'activities', string>;
  /** One item of a list: "Objective 2", "Activity 1". */
  objectiveN: (n: number) => string;
  activityN: (n: number) => string;
}

const en: PlanLabels = {
  labelled: (label) => `${label}: `,
  actionPlan: 'Action plan',
  draft: 'Draft',
  draftNote: 'Draft: never submitted, printed as it stands now.',
  delegation: 'Delegation',
  country: 'Country',
  route: 'Learning route',
  status: 'Status',
  version: 'Version',
  versionLine: (n, date) => `Version ${n}, submitted on ${date}`,
  context: 'Context',
  innovations: 'Innovations adapted',
  practicesAdapted: 'Practices adapted',
  objectives: 'Objectives',
  activities: 'Activities',
  expectedResults: 'Expected results',
  statement: 'Objective',
  indicator: 'Indicator',
  baseline: 'Baseline',
  target: 'Target',
  description: 'Activity',
  responsible: 'Responsible',
  start: 'Start',
  due: 'Due',
  resourcesBudget: 'Resources / budget',
  smartCheck: 'SMART check',
  smartPasses: 'Every objective and activity passes the SMART check.',
  smartFails: (n) => (n === 1 ? '1 point fails the check:' : `${n} points fail the check:`),
  smartRules: {
    [SmartRule.PLAN_HAS_OBJECTIVE]: 'the plan has no objective',
    [SmartRule.PLAN_HAS_ACTIVITY]: 'the plan has no activity',
    [SmartRule.OBJECTIVE_INDICATOR]: 'no indicator (what is measured)',
    [SmartRule.OBJECTIVE_BASELINE_VALUE]: 'no baseline value',
    [SmartRule.OBJECTIVE_BASELINE_DATE]: 'no baseline date',
    [SmartRule.OBJECTIVE_TARGET_VALUE]: 'no target value',
    [SmartRule.OBJECTIVE_TARGET_DATE]: 'no target date',
    [SmartRule.OBJECTIVE_TARGET_DIFFERS]: 'the target equals the baseline: it measures no change',
    [SmartRule.OBJECTIVE_TARGET_AFTER_BASELINE]: 'the target date is not after the baseline date',
    [SmartRule.ACTIVITY_RESPONSIBLE]: 'no responsible person or organisation',
    [SmartRule.ACTIVITY_START_DATE]: 'no start date',
    [SmartRule.ACTIVITY_DUE_DATE]: 'no due date',
    [SmartRule.ACTIVITY_START_BEFORE_DUE]: 'due before it starts',
    [SmartRule.ACTIVITY_RESOURCES]: 'neither resources nor a budget',
  },
  reviews: 'Reviews of this version',
  noReviews: 'No reviews of this version.',
  reviewer: 'Reviewer',
  recommendation: 'Recommendation',
  summary: 'Summary',
  reviewBy: (name, date) => `Review by ${name}, ${date}`,
  notSet: 'not set',
  none: '—',
  page: (n, total) => `Page ${n} of ${total}`,
  statuses: {
    [PlanStatus.DRAFT]: 'Draft',
    [PlanStatus.SUBMITTED]: 'Submitted',
    [PlanStatus.IN_REVIEW]: 'In review',
    [PlanStatus.REVISION_REQUESTED]: 'Revision requested',
    [PlanStatus.FINAL]: 'Final',
    [PlanStatus.AWARDED]: 'Awarded',
  },
  recommendations: { [Recommendation.ACCEPT]: 'Accept', [Recommendation.REVISE]: 'Revise' },
  sections: {
    title: 'Title',
    context: 'Context',
    innovations: 'Innovations',
    practices: 'Practices adapted',
    expectedResults: 'Expected results',
    objectives: 'Objectives',
    activities: 'Activities',
  },
  objectiveN: (n) => `Objective ${n}`,
  activityN: (n) => `Activity ${n}`,
};

const fr: PlanLabels = {
  labelled: (label) => `${label} : `,
  actionPlan: 'Plan d’action',
  draft: 'Brouillon',
  draftNote: 'Brouillon : jamais soumis, imprimé tel qu’il est aujourd’hui.',
  delegation: 'Délégation',
  country: 'Pays',
  route: 'Route d’apprentissage',
  status: 'Statut',
  version: 'Version',
  versionLine: (n, date) => `Version ${n}, soumise le ${date}`,
  context: 'Contexte',
  innovations: 'Innovations adaptées',
  practicesAdapted: 'Pratiques adaptées',
  objectives: 'Objectifs',
  activities: 'Activités',
  expectedResults: 'Résultats attendus',
  statement: 'Objectif',
  indicator: 'Indicateur',
  baseline: 'Situation de départ',
  target: 'Cible',
  description: 'Activité',
  responsible: 'Responsable',
  start: 'Début',
  due: 'Échéance',
  resourcesBudget: 'Ressources / budget',
  smartCheck: 'Vérification SMART',
  smartPasses: 'Tous les objectifs et toutes les activités passent la vérification SMART.',
  smartFails: (n) => (n === 1 ? '1 point ne passe pas la vérification :' : `${n} points ne passent pas la vérification :`),
  smartRules: {
    [SmartRule.PLAN_HAS_OBJECTIVE]: 'le plan n’a aucun objectif',
    [SmartRule.PLAN_HAS_ACTIVITY]: 'le plan n’a aucune activité',
    [SmartRule.OBJECTIVE_INDICATOR]: 'pas d’indicateur (ce qui est mesuré)',
    [SmartRule.OBJECTIVE_BASELINE_VALUE]: 'pas de valeur de départ',
    [SmartRule.OBJECTIVE_BASELINE_DATE]: 'pas de date de départ',
    [SmartRule.OBJECTIVE_TARGET_VALUE]: 'pas de valeur cible',
    [SmartRule.OBJECTIVE_TARGET_DATE]: 'pas de date cible',
    [SmartRule.OBJECTIVE_TARGET_DIFFERS]: 'la cible est égale à la situation de départ : elle ne mesure aucun changement',
    [SmartRule.OBJECTIVE_TARGET_AFTER_BASELINE]: 'la date cible n’est pas postérieure à la date de départ',
    [SmartRule.ACTIVITY_RESPONSIBLE]: 'aucune personne ni organisation responsable',
    [SmartRule.ACTIVITY_START_DATE]: 'pas de date de début',
    [SmartRule.ACTIVITY_DUE_DATE]: 'pas d’échéance',
    [SmartRule.ACTIVITY_START_BEFORE_DUE]: 'l’échéance précède le début',
    [SmartRule.ACTIVITY_RESOURCES]: 'ni ressources ni budget',
  },
  reviews: 'Revues de cette version',
  noReviews: 'Aucune revue de cette version.',
  reviewer: 'Réviseur',
  recommendation: 'Recommandation',
  summary: 'Synthèse',
  reviewBy: (name, date) => `Revue de ${name}, ${date}`,
  notSet: 'non renseigné',
  none: '—',
  page: (n, total) => `Page ${n} sur ${total}`,
  statuses: {
    [PlanStatus.DRAFT]: 'Brouillon',
    [PlanStatus.SUBMITTED]: 'Soumis',
    [PlanStatus.IN_REVIEW]: 'En revue',
    [PlanStatus.REVISION_REQUESTED]: 'Révision demandée',
    [PlanStatus.FINAL]: 'Définitif',
    [PlanStatus.AWARDED]: 'Primé',
  },
  recommendations: { [Recommendation.ACCEPT]: 'Accepter', [Recommendation.REVISE]: 'À réviser' },
  sections: {
    title: 'Titre',
    context: 'Contexte',
    innovations: 'Innovations',
    practices: 'Pratiques adaptées',
    expectedResults: 'Résultats attendus',
    objectives: 'Objectifs',
    activities: 'Activités',
  },
  objectiveN: (n) => `Objectif ${n}`,
  activityN: (n) => `Activité ${n}`,
};

const es: PlanLabels = {
  labelled: (label) => `${label}: `,
  actionPlan: 'Plan de acción',
  draft: 'Borrador',
  draftNote: 'Borrador: nunca enviado, impreso tal como está hoy.',
  delegation: 'Delegación',
  country: 'País',
  route: 'Ruta de aprendizaje',
  status: 'Estado',
  version: 'Versión',
  versionLine: (n, date) => `Versión ${n}, enviada el ${date}`,
  context: 'Contexto',
  innovations: 'Innovaciones adaptadas',
  practicesAdapted: 'Prácticas adaptadas',
  objectives: 'Objetivos',
  activities: 'Actividades',
  expectedResults: 'Resultados esperados',
  statement: 'Objetivo',
  indicator: 'Indicador',
  baseline: 'Línea de base',
  target: 'Meta',
  description: 'Actividad',
  responsible: 'Responsable',
  start: 'Inicio',
  due: 'Plazo',
  resourcesBudget: 'Recursos / presupuesto',
  smartCheck: 'Verificación SMART',
  smartPasses: 'Todos los objetivos y actividades pasan la verificación SMART.',
  smartFails: (n) => (n === 1 ? '1 punto no pasa la verificación:' : `${n} puntos no pasan la verificación:`),
  smartRules: {
    [SmartRule.PLAN_HAS_OBJECTIVE]: 'el plan no tiene ningún objetivo',
    [SmartRule.PLAN_HAS_ACTIVITY]: 'el plan no tiene ninguna actividad',
    [SmartRule.OBJECTIVE_INDICATOR]: 'sin indicador (lo que se mide)',
    [SmartRule.OBJECTIVE_BASELINE_VALUE]: 'sin valor de línea de base',
    [SmartRule.OBJECTIVE_BASELINE_DATE]: 'sin fecha de línea de base',
    [SmartRule.OBJECTIVE_TARGET_VALUE]: 'sin valor de meta',
    [SmartRule.OBJECTIVE_TARGET_DATE]: 'sin fecha de meta',
    [SmartRule.OBJECTIVE_TARGET_DIFFERS]: 'la meta es igual a la línea de base: no mide ningún cambio',
    [SmartRule.OBJECTIVE_TARGET_AFTER_BASELINE]: 'la fecha de la meta no es posterior a la de la línea de base',
    [SmartRule.ACTIVITY_RESPONSIBLE]: 'sin persona ni organización responsable',
    [SmartRule.ACTIVITY_START_DATE]: 'sin fecha de inicio',
    [SmartRule.ACTIVITY_DUE_DATE]: 'sin plazo',
    [SmartRule.ACTIVITY_START_BEFORE_DUE]: 'el plazo es anterior al inicio',
    [SmartRule.ACTIVITY_RESOURCES]: 'ni recursos ni presupuesto',
  },
  reviews: 'Revisiones de esta versión',
  noReviews: 'No hay revisiones de esta versión.',
  reviewer: 'Revisor',
  recommendation: 'Recomendación',
  summary: 'Resumen',
  reviewBy: (name, date) => `Revisión de ${name}, ${date}`,
  notSet: 'sin definir',
  none: '—',
  page: (n, total) => `Página ${n} de ${total}`,
  statuses: {
    [PlanStatus.DRAFT]: 'Borrador',
    [PlanStatus.SUBMITTED]: 'Enviado',
    [PlanStatus.IN_REVIEW]: 'En revisión',
    [PlanStatus.REVISION_REQUESTED]: 'Revisión solicitada',
    [PlanStatus.FINAL]: 'Final',
    [PlanStatus.AWARDED]: 'Premiado',
  },
  recommendations: { [Recommendation.ACCEPT]: 'Aceptar', [Recommendation.REVISE]: 'Revisar' },
  sections: {
    title: 'Título',
    context: 'Contexto',
    innovations: 'Innovaciones',
    practices: 'Prácticas adaptadas',
    expectedResults: 'Resultados esperados',
    objectives: 'Objetivos',
    activities: 'Actividades',
  },
  objectiveN: (n) => `Objetivo ${n}`,
  activityN: (n) => `Actividad ${n}`,
};

export const PLAN_LABELS: Readonly<Record<Language, PlanLabels>> = { [Language.EN]: en, [Language.FR]: fr, [Language.ES]: es };

/** A review comment's section in words: "Objectif 2", "Contexte"; the key itself if unknown. */
export function sectionLabel(section: string, labels: PlanLabels): string {
  const parsed = parseSection(section);
  if (!parsed) return section;
  if (parsed.kind === 'whole') return labels.sections[parsed.section];
  return parsed.list === 'objectives' ? labels.objectiveN(parsed.position) : labels.activityN(parsed.position);
}
