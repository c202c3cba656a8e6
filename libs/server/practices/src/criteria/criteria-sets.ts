import type { LocalizedValue } from '@lr/server-core';

/** Keys of the default criteria sets seeded by migration. */
export const BEST_PRACTICE_7 = 'BEST_PRACTICE_7';
export const SUITABILITY_BOX = 'SUITABILITY_BOX';
/** The set key of criteria a programme defines for itself. */
export const PROGRAMME_SET = 'PROGRAMME';
export const DEFAULT_SET_KEYS: readonly string[] = [BEST_PRACTICE_7, SUITABILITY_BOX];
/** Used by a programme that chose nothing, and by assessments made outside any programme. */
export const FALLBACK_SET_KEY = BEST_PRACTICE_7;

export interface CriterionSeed {
  code: string;
  name: LocalizedValue;
  description: LocalizedValue;
  weight: number;
}

/** The seven characteristics of a best practice (seed 002), weighted equally. */
export const BEST_PRACTICE_CRITERIA: readonly CriterionSeed[] = [
  {
    code: 'EVIDENCE_OF_SUCCESS',
    name: { en: 'Evidence of success', fr: 'Preuves de réussite', es: 'Evidencia de éxito' },
    description: { en: 'The practice has proved successful in addressing local challenges.' },
    weight: 1,
  },
  {
    code: 'REPLICABLE_APPROACH',
    name: { en: 'Replicable approach', fr: 'Approche reproductible', es: 'Enfoque replicable' },
    description: { en: 'Even if developed in a specific context, it contains elements that can be replicated or adapted for other contexts and countries.' },
    weight: 1,
  },
  {
    code: 'MEETS_NEEDS',
    name: { en: 'Meets needs', fr: 'Répond aux besoins', es: 'Responde a las necesidades' },
    description: { en: 'The practice meets needs and is relevant to the beneficiaries of its activities.' },
    weight: 1,
  },
  {
    code: 'INNOVATION',
    name: { en: 'Innovation and creativity', fr: 'Innovation et créativité', es: 'Innovación y creatividad' },
    description: { en: 'Success came from doing something in a different way in this context (innovative not in absolute terms).' },
    weight: 1,
  },
  {
    code: 'COLLABORATION',
    name: { en: 'Collaboration', fr: 'Collaboration', es: 'Colaboración' },
    description: { en: 'Collaboration among different organisations and actors, within SUN and outside.' },
    weight: 1,
  },
  {
    code: 'SUSTAINABILITY',
    name: { en: 'Sustainability', fr: 'Durabilité', es: 'Sostenibilidad' },
    description: { en: 'Social, environmental, economic and technical sustainability: the practice or its results last.' },
    weight: 1,
  },
  {
    code: 'RELEVANCE_TO_LEARNING_AREAS',
    name: { en: 'Relevance to the learning areas', fr: 'Pertinence pour les domaines d’apprentissage', es: 'Pertinencia para las áreas de aprendizaje' },
    description: { en: 'Relevant to the key learning areas identified in the learning needs survey.' },
    weight: 1,
  },
];

/**
 * The box of elements to assess practices and their suitability for learning routes (000 §24).
 * Impact weighs most: the box opens with verifiable change; logistics only decide between equals.
 */
export const SUITABILITY_BOX_CRITERIA: readonly CriterionSeed[] = [
  {
    code: 'IMPACT',
    name: { en: 'Impact', fr: 'Impact', es: 'Impacto' },
    description: { en: 'Verifiable changes in society (e.g. reduced stunting); the experience is documented and assessed.' },
    weight: 3,
  },
  {
    code: 'SUSTAINABILITY_INSTITUTIONAL',
    name: { en: 'Sustainability and institutional strengthening', fr: 'Durabilité et renforcement institutionnel', es: 'Sostenibilidad y fortalecimiento institucional' },
    description: { en: 'Institutional frameworks, sectoral policies or strategies, or governmental processes were strengthened.' },
    weight: 2,
  },
  {
    code: 'INNOVATION',
    name: { en: 'Innovation', fr: 'Innovation', es: 'Innovación' },
    description: { en: 'New solutions or new technical or scientific knowledge, with documentation available.' },
    weight: 2,
  },
  {
    code: 'REPLICABILITY',
    name: { en: 'Replicability', fr: 'Reproductibilité', es: 'Replicabilidad' },
    description: { en: 'How specific the experience is, and how much its success depended on institutional capacity.' },
    weight: 2,
  },
  {
    code: 'SUN_CONTEXT',
    name: { en: 'SUN context', fr: 'Contexte SUN', es: 'Contexto SUN' },
    description: { en: 'Government leadership and focal point responsiveness, the political landscape, additional assets.' },
    weight: 2,
  },
  {
    code: 'LOGISTICS',
    name: { en: 'Logistics', fr: 'Logistique', es: 'Logística' },
    description: { en: 'Security conditions, ease of flying in and out, material in English, French or Spanish.' },
    weight: 1,
  },
];

export const DEFAULT_CRITERIA_SETS: Readonly<Record<string, readonly CriterionSeed[]>> = {
  [BEST_PRACTICE_7]: BEST_PRACTICE_CRITERIA,
  [SUITABILITY_BOX]: SUITABILITY_BOX_CRITERIA,
};
