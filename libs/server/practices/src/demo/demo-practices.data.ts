/**
 * The demo practices of the Peru and Senegal pilot routes (see practices-demo.ts for sources).
 * Names, places, scores, comments and links are invented; links use example.org.
 */
import { Language } from '@lr/server-core';
import { MaterialKind } from '../materials/material-kind';
import { PracticeLevel, PracticeStatus } from '../practices/practice-status';
import type { LocalizedValue } from '@lr/server-core';

export type Scores = readonly [number, number, number, number, number, number];

export interface AssessmentSeed {
  assessor: 'reviewer' | 'admin';
  /** In the order of the suitability box: impact, sustainability, innovation, replicability, SUN context, logistics. */
  scores: Scores;
  comment: string;
  submitted: boolean;
}

export interface MaterialSeed {
  kind: MaterialKind;
  language: Language;
  title: string;
  url: string;
}

export interface PracticeSeed {
  host: 'PE' | 'SN';
  title: LocalizedValue;
  locality: string;
  level: PracticeLevel;
  organisations: string[];
  areas: string[];
  summary: LocalizedValue;
  keySuccessFactors: LocalizedValue;
  lessonsLearned: LocalizedValue;
  innovations: LocalizedValue;
  evidence: LocalizedValue;
  status: PracticeStatus;
  assessments: AssessmentSeed[];
  /** How many steps (in order) are DONE; the next one is IN_PROGRESS. */
  stepsDone?: number;
  materials?: MaterialSeed[];
  caseOfRoute?: boolean;
}

/** The moves each demo status went through, recorded as its history. */
export const PATH: Record<PracticeStatus, PracticeStatus[]> = {
  [PracticeStatus.IDENTIFIED]: [],
  [PracticeStatus.UNDER_ASSESSMENT]: [PracticeStatus.UNDER_ASSESSMENT],
  [PracticeStatus.SELECTED]: [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.SELECTED],
  [PracticeStatus.REJECTED]: [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.REJECTED],
  [PracticeStatus.SYSTEMATIZED]: [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.SELECTED, PracticeStatus.SYSTEMATIZED],
  [PracticeStatus.PUBLISHED]: [PracticeStatus.UNDER_ASSESSMENT, PracticeStatus.SELECTED, PracticeStatus.SYSTEMATIZED, PracticeStatus.PUBLISHED],
};

export const DEMO_PRACTICES: readonly PracticeSeed[] = [
  {
    host: 'PE',
    title: {
      en: 'District multi-sectoral articulation against chronic child malnutrition',
      es: 'Articulación multisectorial distrital contra la desnutrición crónica infantil',
    },
    locality: 'Districts of the Ayacucho region',
    level: PracticeLevel.DISTRICT,
    organisations: ['MIDIS'],
    areas: ['nutrition-sensitive-multisectoral', 'scaling-up-district-community'],
    summary: {
      en: 'District municipalities, health posts, schools and social programmes agree one local plan with common targets for children under three, meet monthly and follow each child by name.',
      es: 'Municipalidades distritales, puestos de salud, escuelas y programas sociales acuerdan un plan local con metas comunes para menores de tres años, se reúnen cada mes y siguen a cada niño por su nombre.',
    },
    keySuccessFactors: { en: 'Mayors who chair the district committee; a nominal register shared by all sectors; national incentives tied to district results.' },
    lessonsLearned: { en: 'Common targets only work when every sector sees the same list of children; meetings without data lose the mayors within months.' },
    innovations: { en: 'A nominal register of pregnant women and young children shared by health, identity and social programmes at district level.' },
    evidence: { en: 'District surveys show falling stunting among children under three over four years; the committees kept meeting across two municipal elections.' },
    status: PracticeStatus.PUBLISHED,
    assessments: [
      { assessor: 'reviewer', scores: [5, 4, 4, 4, 5, 3], comment: 'Strong, documented district results; travel to the districts takes a day.', submitted: true },
      { assessor: 'admin', scores: [4, 4, 3, 4, 5, 4], comment: 'Clear fit with the multi-sectoral learning area.', submitted: true },
    ],
    stepsDone: 6,
    materials: [
      { kind: MaterialKind.CASE_DOCUMENT, language: Language.ES, title: 'Caso: articulación multisectorial distrital en Ayacucho', url: 'https://example.org/learning-routes/peru/caso-articulacion-distrital.pdf' },
      { kind: MaterialKind.CASE_DOCUMENT, language: Language.EN, title: 'Case: district multi-sectoral articulation in Ayacucho', url: 'https://example.org/learning-routes/peru/case-district-articulation.pdf' },
      { kind: MaterialKind.VIDEO, language: Language.ES, title: 'El comité distrital en acción', url: 'https://example.org/learning-routes/peru/video-comite-distrital' },
      { kind: MaterialKind.SCOPING_PAPER, language: Language.EN, title: 'Technical scoping paper: scaling up nutrition in Peru', url: 'https://example.org/learning-routes/peru/scoping-paper.pdf' },
    ],
    caseOfRoute: true,
  },
  {
    host: 'PE',
    title: { en: 'Results-based budgeting for nutrition', es: 'Presupuesto por resultados para la nutrición' },
    locality: 'National, with regional governments',
    level: PracticeLevel.NATIONAL,
    organisations: ['MIDIS'],
    areas: ['tracking-funding', 'costing-nutrition-plans', 'results-monitoring-evaluation'],
    summary: {
      en: 'A budget programme for nutrition links funds for a costed package of interventions to measured results, so that spending on nutrition can be followed from the national budget to the districts.',
      es: 'Un programa presupuestal para la nutrición vincula los fondos de un paquete costeado de intervenciones con resultados medidos, de modo que el gasto en nutrición se pueda seguir del presupuesto nacional a los distritos.',
    },
    keySuccessFactors: { en: 'The finance ministry owns the method; indicators are few and measured every year; funds follow the children who need the services.' },
    lessonsLearned: { en: 'Costing the package first made the budget discussion concrete; tracking needs the same codes in every sector’s accounts.' },
    innovations: { en: 'Budget lines tagged by intervention and result, readable by anyone from national to district level.' },
    evidence: { en: 'Annual household surveys follow the programme’s result indicators; the tagged budget grew year on year.' },
    status: PracticeStatus.PUBLISHED,
    assessments: [{ assessor: 'reviewer', scores: [4, 5, 4, 3, 4, 4], comment: 'Very relevant to countries costing their plans; replication needs a strong finance ministry.', submitted: true }],
    stepsDone: 6,
    materials: [
      { kind: MaterialKind.CASE_DOCUMENT, language: Language.ES, title: 'Caso: presupuesto por resultados para la nutrición', url: 'https://example.org/learning-routes/peru/caso-presupuesto-resultados.pdf' },
      { kind: MaterialKind.SLIDES, language: Language.EN, title: 'Following nutrition money from budget to district', url: 'https://example.org/learning-routes/peru/slides-budget-tracking.pptx' },
      { kind: MaterialKind.FIELD_BLOG_POST, language: Language.EN, title: 'Field blog: a day with the district budget officer', url: 'https://example.org/learning-routes/field-blog/peru-budget-officer' },
    ],
    caseOfRoute: true,
  },
  {
    host: 'PE',
    title: { en: 'Community growth monitoring linked to social programmes', es: 'Vigilancia comunitaria del crecimiento vinculada a los programas sociales' },
    locality: 'Rural communities of Huancavelica',
    level: PracticeLevel.COMMUNITY,
    organisations: ['MIDIS'],
    areas: ['scaling-up-district-community', 'results-monitoring-evaluation'],
    summary: { en: 'Community health agents weigh and measure young children every month and the results feed the follow-up of families enrolled in social programmes.' },
    keySuccessFactors: { en: 'Trained community agents; simple charts families understand.' },
    lessonsLearned: { en: 'Data collected in the community must come back to it, or agents stop measuring.' },
    innovations: {},
    evidence: { en: 'Coverage of monthly growth monitoring rose in the communities followed.' },
    status: PracticeStatus.SELECTED,
    assessments: [
      { assessor: 'reviewer', scores: [3, 3, 3, 4, 4, 2], comment: 'Good community work; remote for a visit.', submitted: true },
      { assessor: 'admin', scores: [3, 4, 3, 0, 0, 0], comment: 'Still checking the evidence.', submitted: false },
    ],
    stepsDone: 2,
    materials: [],
  },
  {
    host: 'PE',
    title: { en: 'Regional nutrition information dashboard', es: 'Tablero regional de información nutricional' },
    locality: 'Cusco region',
    level: PracticeLevel.PROVINCIAL,
    organisations: ['MIDIS'],
    areas: ['results-monitoring-evaluation'],
    summary: { en: 'A regional government publishes monthly nutrition indicators by district to guide its coordination meetings.' },
    keySuccessFactors: {},
    lessonsLearned: {},
    innovations: {},
    evidence: {},
    status: PracticeStatus.UNDER_ASSESSMENT,
    assessments: [{ assessor: 'reviewer', scores: [2, 3, 4, 3, 3, 3], comment: 'Promising, few results yet.', submitted: false }],
  },
  {
    host: 'SN',
    title: {
      en: 'Community nutrition programme of the Cellule de Lutte contre la Malnutrition',
      fr: 'Programme de nutrition communautaire de la Cellule de Lutte contre la Malnutrition',
    },
    locality: 'Rural communes of the Kaffrine and Kolda regions',
    level: PracticeLevel.COMMUNITY,
    organisations: ['CLM'],
    areas: ['scaling-up-district-community', 'nutrition-sensitive-multisectoral'],
    summary: {
      en: 'Community workers run monthly growth promotion, counselling on infant feeding and cooking demonstrations in each village site, contracted through local NGOs and followed by the CLM.',
      fr: 'Des relais communautaires animent chaque mois la promotion de la croissance, le conseil en alimentation du nourrisson et des démonstrations culinaires dans chaque site villageois, sous contrat avec des ONG locales et suivis par la CLM.',
    },
    keySuccessFactors: { en: 'A national coordination body close to the Prime Minister; implementation contracted to local NGOs with results-based payments; communes involved.' },
    lessonsLearned: { en: 'Village sites need the commune’s ownership to last beyond project funding.', fr: 'Les sites villageois ont besoin de l’appropriation par la commune pour durer au-delà du financement.' },
    innovations: { en: 'Contracting community nutrition to local NGOs against agreed results.' },
    evidence: { en: 'Programme monitoring shows high coverage of growth promotion in the communes served.' },
    status: PracticeStatus.PUBLISHED,
    assessments: [
      { assessor: 'reviewer', scores: [5, 4, 3, 5, 4, 4], comment: 'Convincing results at community level; easy to show in a field visit.', submitted: true },
      { assessor: 'admin', scores: [4, 5, 3, 4, 5, 4], comment: 'Strong institutional anchoring.', submitted: true },
    ],
    stepsDone: 6,
    materials: [
      { kind: MaterialKind.CASE_DOCUMENT, language: Language.FR, title: 'Cas : la nutrition communautaire de la CLM', url: 'https://example.org/learning-routes/senegal/cas-nutrition-communautaire.pdf' },
      { kind: MaterialKind.CASE_DOCUMENT, language: Language.EN, title: 'Case: community nutrition with the CLM', url: 'https://example.org/learning-routes/senegal/case-community-nutrition.pdf' },
      { kind: MaterialKind.FIELD_BLOG_POST, language: Language.FR, title: 'Carnet de terrain : une séance de pesée à Kaffrine', url: 'https://example.org/learning-routes/field-blog/senegal-pesee' },
    ],
    caseOfRoute: true,
  },
  {
    host: 'SN',
    title: { en: 'National multi-sectoral coordination of nutrition', fr: 'Coordination multisectorielle nationale de la nutrition' },
    locality: 'Dakar, with regional committees',
    level: PracticeLevel.NATIONAL,
    organisations: ['CLM'],
    areas: ['nutrition-sensitive-multisectoral', 'advocacy-communication'],
    summary: { en: 'The CLM brings the ministries, civil society and local elected officials together around one nutrition policy, and keeps nutrition on the agenda of the Prime Minister’s office.' },
    keySuccessFactors: { en: 'Placement above the sector ministries; a small technical team; regular reporting to the highest level.' },
    lessonsLearned: { en: 'Coordination needs its own budget line, or it depends on whichever project funds it.' },
    innovations: {},
    evidence: { en: 'The coordination body has lasted across several governments.' },
    status: PracticeStatus.SYSTEMATIZED,
    assessments: [{ assessor: 'reviewer', scores: [4, 5, 3, 3, 5, 4], comment: 'Key for visitors interested in coordination.', submitted: true }],
    stepsDone: 6,
    materials: [
      { kind: MaterialKind.CASE_DOCUMENT, language: Language.FR, title: 'Cas : la coordination multisectorielle par la CLM', url: 'https://example.org/learning-routes/senegal/cas-coordination.pdf' },
    ],
    caseOfRoute: true,
  },
  {
    host: 'SN',
    title: { en: 'Fortified flour pilot in peri-urban bakeries', fr: 'Projet pilote de farine enrichie dans les boulangeries périurbaines' },
    locality: 'Peri-urban Dakar',
    level: PracticeLevel.DISTRICT,
    organisations: [],
    areas: ['nutrition-sensitive-multisectoral'],
    summary: { en: 'A short pilot selling fortified bread through neighbourhood bakeries.' },
    keySuccessFactors: {},
    lessonsLearned: { en: 'Too early to learn from: the pilot ran for one season.' },
    innovations: {},
    evidence: {},
    status: PracticeStatus.REJECTED,
    assessments: [{ assessor: 'reviewer', scores: [1, 1, 3, 2, 2, 4], comment: 'No measured results yet.', submitted: true }],
  },
];

