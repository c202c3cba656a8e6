/**
 * Demo data for the shared core: thematic areas, organisations, people, programmes, learning
 * routes and learning needs. Countries come from a migration and are only referenced here.
 *
 * Where the facts come from (/work/shared/seeds/):
 * - 000 (SUN Movement pilot proposal, 2014): the six thematic areas (§19), the 2013 survey that
 *   ranked them (§7, §18-20), the twelve interested countries (§23), Peru and Senegal as hosts
 *   with their working languages (§24), eight days at most on the ground (§26), PROCASUR (§9)
 *   and the programme's objectives (summary page: what, when, how, who).
 * - 001 (SUN CSN Learning Route programme 2016-2018): CIFF funding of GBP 1,009,038, end by
 *   31 January 2018, coordination by the SUN CSN Secretariat, facilitation by PROCASUR, the
 *   objectives, the five thematic areas and the first route (English-speaking Africa, Sept. 2016).
 *
 * Everything else is invented for the demo: the people, their e-mail addresses, the route dates
 * and titles, the ranking of each country's learning needs and the choice of Zambia as host
 * of the planned CSN route. None of it describes real people or real survey answers.
 */
import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Language, type DemoSeedContext, type LocalizedValue } from '@lr/server-core';
import { LearningNeed } from '../learning-needs/learning-need.entity';
import { Organisation, OrganisationType } from '../organisations/organisation.entity';
import { Gender, Person } from '../people/person.entity';
import { Programme } from '../programmes/programme.entity';
import { LearningRoute } from '../routes/learning-route.entity';
import { RoutePhase } from '../routes/route-phase';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';

// ---------------------------------------------------------------------------------------------
// Thematic areas
// ---------------------------------------------------------------------------------------------

interface AreaSeed {
  code: string;
  name: Required<LocalizedValue>;
  description: LocalizedValue;
}

/** The six areas SUN Focal Points asked to learn about (000 §19). */
const SUN_AREAS = [
  {
    code: 'nutrition-sensitive-multisectoral',
    name: {
      en: 'Nutrition-sensitive multi-sectoral approaches',
      fr: 'Approches multisectorielles sensibles à la nutrition',
      es: 'Enfoques multisectoriales sensibles a la nutrición',
    },
    description: {
      en: 'Enhancing nutritional status through nutrition-sensitive strategies in different sectors, agreeing Common Results Frameworks at national and sub-national levels.',
      fr: "Améliorer l'état nutritionnel par des stratégies sensibles à la nutrition dans différents secteurs, en convenant de cadres communs de résultats aux niveaux national et infranational.",
      es: 'Mejorar el estado nutricional mediante estrategias sensibles a la nutrición en distintos sectores, acordando marcos comunes de resultados a nivel nacional y subnacional.',
    },
  },
  {
    code: 'costing-nutrition-plans',
    name: {
      en: 'Costing of national nutrition plans and identification of funding shortfalls',
      fr: 'Chiffrage des plans nationaux de nutrition et identification des déficits de financement',
      es: 'Costeo de los planes nacionales de nutrición e identificación de brechas de financiamiento',
    },
    description: {
      en: 'Developing, costing and budgeting nutrition plans across sectors and using them to mobilise domestic and external investment.',
      fr: "Élaborer, chiffrer et budgétiser les plans de nutrition des différents secteurs et s'en servir pour mobiliser l'investissement national et extérieur.",
      es: 'Elaborar, costear y presupuestar los planes de nutrición de los distintos sectores y usarlos para movilizar inversión interna y externa.',
    },
  },
  {
    code: 'scaling-up-district-community',
    name: {
      en: 'Scaling up and rolling out plans at district and community levels',
      fr: 'Mise à l’échelle et déploiement des plans aux niveaux des districts et des communautés',
      es: 'Ampliación y despliegue de los planes a nivel distrital y comunitario',
    },
    description: {
      en: 'Implementing the prioritised interventions of the Common Results Framework so that results are achieved at community, local and national levels.',
      fr: 'Mettre en œuvre les interventions prioritaires du cadre commun de résultats pour obtenir des résultats aux niveaux communautaire, local et national.',
      es: 'Implementar las intervenciones priorizadas del marco común de resultados para lograr resultados a nivel comunitario, local y nacional.',
    },
  },
  {
    code: 'tracking-funding',
    name: {
      en: 'Tracking of domestic and external funding',
      fr: 'Suivi des financements nationaux et extérieurs',
      es: 'Seguimiento del financiamiento interno y externo',
    },
    description: {
      en: 'Recording the mobilisation and use of domestic and external investments against commitments and linking them to results.',
      fr: 'Enregistrer la mobilisation et l’utilisation des investissements nationaux et extérieurs au regard des engagements et les relier aux résultats.',
      es: 'Registrar la movilización y el uso de las inversiones internas y externas frente a los compromisos y vincularlas con los resultados.',
    },
  },
  {
    code: 'results-monitoring-evaluation',
    name: {
      en: 'Demonstration of results through inter-sectoral monitoring and evaluation',
      fr: 'Démonstration des résultats par le suivi et l’évaluation intersectoriels',
      es: 'Demostración de resultados mediante el monitoreo y la evaluación intersectoriales',
    },
    description: {
      en: 'Strengthening local and national monitoring systems, with the Common Results Framework as a template, so that nutrition data are credible.',
      fr: 'Renforcer les systèmes de suivi locaux et nationaux, sur le modèle du cadre commun de résultats, pour des données nutritionnelles crédibles.',
      es: 'Fortalecer los sistemas de monitoreo locales y nacionales, con el marco común de resultados como modelo, para que los datos de nutrición sean creíbles.',
    },
  },
  {
    code: 'advocacy-communication',
    name: {
      en: 'Advocacy and communication to sustain high-level engagement',
      fr: 'Plaidoyer et communication pour maintenir l’engagement de haut niveau',
      es: 'Incidencia y comunicación para sostener el compromiso de alto nivel',
    },
    description: {
      en: 'Galvanising leaders, parliamentarians and local councillors to act for nutrition through effective advocacy and targeted communication.',
      fr: 'Mobiliser les dirigeants, les parlementaires et les élus locaux en faveur de la nutrition par un plaidoyer efficace et une communication ciblée.',
      es: 'Movilizar a líderes, parlamentarios y concejales locales a favor de la nutrición mediante una incidencia eficaz y una comunicación focalizada.',
    },
  },
] as const satisfies readonly AreaSeed[];

/** The five areas of learning of the SUN CSN programme (001). */
const CSN_AREAS = [
  {
    code: 'policy-review-tracking',
    name: {
      en: 'Policy review, policy tracking and participatory processes',
      fr: 'Examen et suivi des politiques et processus participatifs',
      es: 'Revisión y seguimiento de políticas y procesos participativos',
    },
    description: { en: 'Policy review, policy tracking, communications and participatory, democratic processes.' },
  },
  {
    code: 'multi-stakeholder-platforms',
    name: {
      en: 'Engagement and stimulation of multi-stakeholder platforms',
      fr: 'Engagement et dynamisation des plateformes multi-acteurs',
      es: 'Participación y dinamización de las plataformas de múltiples actores',
    },
    description: { en: 'How civil society alliances engage with, and energise, national multi-stakeholder platforms.' },
  },
  {
    code: 'budget-tracking-accountability',
    name: {
      en: 'Budget tracking and accountability',
      fr: 'Suivi budgétaire et redevabilité',
      es: 'Seguimiento presupuestario y rendición de cuentas',
    },
    description: { en: 'Budget tracking, advocacy, communication, data collection and sharing for monitoring and accountability.' },
  },
  {
    code: 'advocacy-social-mobilisation',
    name: {
      en: 'Advocacy, social mobilisation and awareness',
      fr: 'Plaidoyer, mobilisation sociale et sensibilisation',
      es: 'Incidencia, movilización social y sensibilización',
    },
    description: { en: 'Advocacy, social mobilisation, campaign development and communication for accountability and awareness.' },
  },
  {
    code: 'good-governance-participation',
    name: {
      en: 'Good governance, accountability and participatory processes',
      fr: 'Bonne gouvernance, redevabilité et processus participatifs',
      es: 'Buen gobierno, rendición de cuentas y procesos participativos',
    },
    description: { en: 'Good governance, accountability and participatory processes in nutrition.' },
  },
] as const satisfies readonly AreaSeed[];

type SunAreaCode = (typeof SUN_AREAS)[number]['code'];
type CsnAreaCode = (typeof CSN_AREAS)[number]['code'];
type AreaCode = SunAreaCode | CsnAreaCode;

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

type OrgKey = 'SMS' | 'PROCASUR' | 'SUN_CSN' | 'CIFF' | 'MIDIS' | 'CLM' | 'SESAN' | 'ONN' | 'NDPC' | 'CSO_SUN_ZM' | 'PANITA';

interface OrganisationSeed {
  name: string;
  acronym: string | null;
  type: OrganisationType;
  countryCode: string | null;
  website: string | null;
}

const ORGANISATIONS: Record<OrgKey, OrganisationSeed> = {
  SMS: { name: 'SUN Movement Secretariat', acronym: 'SMS', type: OrganisationType.FACILITATOR, countryCode: 'CH', website: 'https://scalingupnutrition.org' },
  PROCASUR: { name: 'PROCASUR Corporation', acronym: 'PROCASUR', type: OrganisationType.FACILITATOR, countryCode: 'CL', website: 'https://www.procasur.org' },
  SUN_CSN: { name: 'SUN Civil Society Network Secretariat', acronym: 'SUN CSN', type: OrganisationType.CIVIL_SOCIETY_ALLIANCE, countryCode: null, website: null },
  CIFF: { name: "Children's Investment Fund Foundation", acronym: 'CIFF', type: OrganisationType.DONOR, countryCode: 'GB', website: 'https://ciff.org' },
  MIDIS: { name: 'Ministry of Development and Social Inclusion of Peru', acronym: 'MIDIS', type: OrganisationType.GOVERNMENT, countryCode: 'PE', website: null },
  CLM: { name: 'Cellule de Lutte contre la Malnutrition', acronym: 'CLM', type: OrganisationType.GOVERNMENT, countryCode: 'SN', website: null },
  SESAN: { name: 'Secretaría de Seguridad Alimentaria y Nutricional', acronym: 'SESAN', type: OrganisationType.GOVERNMENT, countryCode: 'GT', website: null },
  ONN: { name: 'Office National de Nutrition', acronym: 'ONN', type: OrganisationType.GOVERNMENT, countryCode: 'MG', website: null },
  NDPC: { name: 'National Development Planning Commission', acronym: 'NDPC', type: OrganisationType.GOVERNMENT, countryCode: 'GH', website: null },
  CSO_SUN_ZM: { name: 'Civil Society Organisations for Scaling Up Nutrition in Zambia', acronym: 'CSO-SUN', type: OrganisationType.CIVIL_SOCIETY_ALLIANCE, countryCode: 'ZM', website: null },
  PANITA: { name: 'Partnership for Nutrition in Tanzania', acronym: 'PANITA', type: OrganisationType.CIVIL_SOCIETY_ALLIANCE, countryCode: 'TZ', website: null },
};

// ---------------------------------------------------------------------------------------------
// People (invented; e-mail addresses use the reserved example.org domain)
// ---------------------------------------------------------------------------------------------

interface PersonSeed {
  givenName: string;
  familyName: string;
  organisation: OrgKey;
  countryCode: string;
  gender: Gender;
  /** ISO 639-1 codes */
  languages: string[];
  position: string;
  email: string;
  phone?: string;
}

const PEOPLE: readonly PersonSeed[] = [
  { givenName: 'Carolina', familyName: 'Fuentes', organisation: 'PROCASUR', countryCode: 'CL', gender: Gender.FEMALE, languages: ['es', 'en'], position: 'Project Leader, Learning Routes', email: 'carolina.fuentes@example.org' },
  { givenName: 'David', familyName: 'Otieno', organisation: 'PROCASUR', countryCode: 'KE', gender: Gender.MALE, languages: ['en', 'fr', 'sw'], position: 'Methodological Coordinator, Africa office', email: 'david.otieno@example.org' },
  { givenName: 'Hélène', familyName: 'Marchand', organisation: 'SMS', countryCode: 'CH', gender: Gender.FEMALE, languages: ['fr', 'en', 'es'], position: 'Country liaison officer', email: 'helene.marchand@example.org' },
  { givenName: 'Rosa', familyName: 'Quispe Huamán', organisation: 'MIDIS', countryCode: 'PE', gender: Gender.FEMALE, languages: ['es', 'qu', 'en'], position: 'Nutrition coordination specialist, host focal point', email: 'rosa.quispe@example.org', phone: '+51 1 000 0101' },
  { givenName: 'Abdoulaye', familyName: 'Ndiaye', organisation: 'CLM', countryCode: 'SN', gender: Gender.MALE, languages: ['fr', 'wo', 'en'], position: 'Community nutrition officer, host focal point', email: 'abdoulaye.ndiaye@example.org', phone: '+221 33 000 0101' },
  { givenName: 'Luis', familyName: 'Ajú Tzoc', organisation: 'SESAN', countryCode: 'GT', gender: Gender.MALE, languages: ['es'], position: 'Departmental delegate', email: 'luis.aju@example.org' },
  { givenName: 'Voahangy', familyName: 'Rakotoarisoa', organisation: 'ONN', countryCode: 'MG', gender: Gender.FEMALE, languages: ['mg', 'fr'], position: 'Regional nutrition officer', email: 'voahangy.rakotoarisoa@example.org' },
  { givenName: 'Ama', familyName: 'Owusu', organisation: 'NDPC', countryCode: 'GH', gender: Gender.FEMALE, languages: ['en'], position: 'Development planning officer', email: 'ama.owusu@example.org' },
  { givenName: 'Grace', familyName: 'Mwansa', organisation: 'CSO_SUN_ZM', countryCode: 'ZM', gender: Gender.FEMALE, languages: ['en'], position: 'Programme coordinator', email: 'grace.mwansa@example.org' },
  { givenName: 'Emmanuel', familyName: 'Mushi', organisation: 'PANITA', countryCode: 'TZ', gender: Gender.MALE, languages: ['sw', 'en'], position: 'Advocacy officer', email: 'emmanuel.mushi@example.org' },
];

// ---------------------------------------------------------------------------------------------
// Programmes and routes
// ---------------------------------------------------------------------------------------------

const PILOT_PROGRAMME = {
  name: {
    en: 'SUN Movement Learning Routes pilot 2014',
    fr: 'Routes d’apprentissage pilotes du Mouvement SUN 2014',
    es: 'Rutas de Aprendizaje piloto del Movimiento SUN 2014',
  },
  objectives: {
    en: [
      'Improved knowledge of SUN members about successful initiatives in nutrition.',
      'Better access to hands-on methods and tools to scale up nutrition.',
      'Strengthened partnerships.',
      'Systematic and continued cross-fertilization.',
    ].join('\n'),
    fr: [
      'Meilleure connaissance par les membres du SUN des initiatives réussies en matière de nutrition.',
      'Meilleur accès à des méthodes et outils pratiques pour renforcer la nutrition.',
      'Partenariats renforcés.',
      'Enrichissement mutuel systématique et continu.',
    ].join('\n'),
    es: [
      'Mayor conocimiento de los miembros de SUN sobre iniciativas exitosas en nutrición.',
      'Mejor acceso a métodos y herramientas prácticas para fomentar la nutrición.',
      'Alianzas fortalecidas.',
      'Intercambio sistemático y continuo de experiencias.',
    ].join('\n'),
  },
  startDate: '2014-01-01',
  endDate: '2014-12-31',
} as const;

const CSN_PROGRAMME = {
  name: {
    en: 'SUN CSN Learning Route Programme 2016-2018',
    fr: 'Programme de routes d’apprentissage du SUN CSN 2016-2018',
    es: 'Programa de Rutas de Aprendizaje de la SUN CSN 2016-2018',
  },
  objectives: {
    en: [
      'To contribute to stronger, more aligned civil society alliances with the capacity to actively contribute to national efforts while responding to needs on the ground.',
      'To enhance CSAs’ social mobilisation, advocacy and communications skills to become stronger nutrition advocates.',
      'CSAs use budget tracking and advocacy skills to hold governments accountable for delivering on nutrition commitments.',
      'Learn from the CSAs and share learning with the SUN community of practice.',
      'Increase national government understanding and prioritisation of nutrition.',
    ].join('\n'),
  },
  /** GBP 1,009,038 in pence (001). */
  budgetMinor: '100903800',
  currency: 'GBP',
  startDate: '2016-01-01',
  endDate: '2018-01-31',
} as const;

interface RouteSeed {
  title: LocalizedValue;
  summary: LocalizedValue;
  learningObjectives: LocalizedValue;
  hostCountryCode: string;
  workingLanguages: Language[];
  startDate: string;
  endDate: string;
  areas: readonly AreaCode[];
  phase: RoutePhase;
}

const PILOT_ROUTES: readonly RouteSeed[] = [
  {
    title: {
      en: 'Learning Route Peru: multi-sectoral nutrition at district level',
      fr: 'Route d’apprentissage Pérou : la nutrition multisectorielle au niveau des districts',
      es: 'Ruta de Aprendizaje Perú: nutrición multisectorial a nivel distrital',
    },
    summary: {
      en: 'Five national delegations spend eight days in Peru learning how nutrition-sensitive, multi-sectoral approaches are rolled out to districts and communities, with a field visit outside the capital.',
      es: 'Cinco delegaciones nacionales pasan ocho días en Perú para aprender cómo los enfoques multisectoriales sensibles a la nutrición se despliegan en distritos y comunidades, con una visita de campo fuera de la capital.',
    },
    learningObjectives: {
      en: 'Understand how sectors agree on common results at district level; see how funding for nutrition is tracked; draft a take-home action plan.',
      es: 'Comprender cómo los sectores acuerdan resultados comunes a nivel distrital; ver cómo se da seguimiento al financiamiento de la nutrición; elaborar un plan de acción para el regreso.',
    },
    hostCountryCode: 'PE',
    workingLanguages: [Language.ES, Language.EN],
    startDate: '2014-06-09',
    endDate: '2014-06-16',
    areas: ['nutrition-sensitive-multisectoral', 'scaling-up-district-community', 'tracking-funding'],
    phase: RoutePhase.FOLLOW_UP,
  },
  {
    title: {
      en: 'Learning Route Senegal: community nutrition and multi-sectoral coordination',
      fr: 'Route d’apprentissage Sénégal : nutrition communautaire et coordination multisectorielle',
      es: 'Ruta de Aprendizaje Senegal: nutrición comunitaria y coordinación multisectorial',
    },
    summary: {
      en: 'Five national delegations spend eight days in Senegal learning how a national coordination body and community actors scale up nutrition, with a field visit outside Dakar.',
      fr: 'Cinq délégations nationales passent huit jours au Sénégal pour apprendre comment un organe national de coordination et les acteurs communautaires renforcent la nutrition, avec une visite de terrain hors de Dakar.',
    },
    learningObjectives: {
      en: 'Understand multi-sectoral coordination from national to community level; learn how advocacy sustains high-level engagement; draft a take-home action plan.',
      fr: 'Comprendre la coordination multisectorielle du niveau national au niveau communautaire ; apprendre comment le plaidoyer maintient l’engagement de haut niveau ; rédiger un plan d’action à ramener chez soi.',
    },
    hostCountryCode: 'SN',
    workingLanguages: [Language.FR, Language.EN],
    startDate: '2014-10-13',
    endDate: '2014-10-20',
    areas: ['nutrition-sensitive-multisectoral', 'scaling-up-district-community', 'advocacy-communication'],
    phase: RoutePhase.ACTION_PLANNING,
  },
];

const CSN_ROUTES: readonly RouteSeed[] = [
  {
    title: {
      en: 'SUN CSN Learning Route Zambia (planned): civil society for nutrition accountability',
      fr: 'Route d’apprentissage SUN CSN Zambie (prévue) : la société civile pour la redevabilité en nutrition',
      es: 'Ruta de Aprendizaje SUN CSN Zambia (prevista): sociedad civil para la rendición de cuentas en nutrición',
    },
    summary: {
      en: 'Planned first civil-society route of the programme, in an English-speaking African country in September 2016 (Zambia here, for the demo), for 21-24 visitors from at least 7 civil society alliances.',
    },
    learningObjectives: {
      en: 'Identify how civil society alliances track budgets, hold policy makers accountable and mobilise communities for nutrition.',
    },
    hostCountryCode: 'ZM',
    workingLanguages: [Language.EN],
    startDate: '2016-09-12',
    endDate: '2016-09-19',
    areas: ['budget-tracking-accountability', 'advocacy-social-mobilisation', 'multi-stakeholder-platforms'],
    phase: RoutePhase.PLANNING,
  },
];

// ---------------------------------------------------------------------------------------------
// Learning needs: each of the twelve countries of 000 §23 ranks the six areas of 000 §19.
// The orders are invented; the multi-sectoral and district roll-out areas tend to rank high
// because that is what these countries said they wanted to share (000 §23).
// ---------------------------------------------------------------------------------------------

const SURVEY_SOURCE = 'SUN Secretariat survey, June-August 2013';

type Ranking = readonly [SunAreaCode, SunAreaCode, SunAreaCode, SunAreaCode, SunAreaCode, SunAreaCode];

const LEARNING_NEEDS: Readonly<Record<string, Ranking>> = {
  BJ: ['nutrition-sensitive-multisectoral', 'costing-nutrition-plans', 'scaling-up-district-community', 'tracking-funding', 'results-monitoring-evaluation', 'advocacy-communication'],
  BI: ['scaling-up-district-community', 'nutrition-sensitive-multisectoral', 'results-monitoring-evaluation', 'costing-nutrition-plans', 'advocacy-communication', 'tracking-funding'],
  GH: ['costing-nutrition-plans', 'tracking-funding', 'nutrition-sensitive-multisectoral', 'scaling-up-district-community', 'advocacy-communication', 'results-monitoring-evaluation'],
  GT: ['scaling-up-district-community', 'results-monitoring-evaluation', 'nutrition-sensitive-multisectoral', 'tracking-funding', 'costing-nutrition-plans', 'advocacy-communication'],
  LA: ['nutrition-sensitive-multisectoral', 'scaling-up-district-community', 'costing-nutrition-plans', 'results-monitoring-evaluation', 'tracking-funding', 'advocacy-communication'],
  MG: ['scaling-up-district-community', 'costing-nutrition-plans', 'nutrition-sensitive-multisectoral', 'advocacy-communication', 'results-monitoring-evaluation', 'tracking-funding'],
  NE: ['costing-nutrition-plans', 'nutrition-sensitive-multisectoral', 'tracking-funding', 'scaling-up-district-community', 'results-monitoring-evaluation', 'advocacy-communication'],
  PE: ['results-monitoring-evaluation', 'tracking-funding', 'scaling-up-district-community', 'nutrition-sensitive-multisectoral', 'advocacy-communication', 'costing-nutrition-plans'],
  SN: ['tracking-funding', 'results-monitoring-evaluation', 'costing-nutrition-plans', 'advocacy-communication', 'nutrition-sensitive-multisectoral', 'scaling-up-district-community'],
  SL: ['nutrition-sensitive-multisectoral', 'scaling-up-district-community', 'advocacy-communication', 'costing-nutrition-plans', 'tracking-funding', 'results-monitoring-evaluation'],
  LK: ['results-monitoring-evaluation', 'nutrition-sensitive-multisectoral', 'scaling-up-district-community', 'costing-nutrition-plans', 'tracking-funding', 'advocacy-communication'],
  TZ: ['scaling-up-district-community', 'tracking-funding', 'nutrition-sensitive-multisectoral', 'results-monitoring-evaluation', 'costing-nutrition-plans', 'advocacy-communication'],
};

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

/** Creates and saves one row through the repository, so entity subscribers (audit) run. */
async function insert<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, data: DeepPartial<T>): Promise<T> {
  const repo = manager.getRepository(entity);
  return repo.save(repo.create(data));
}

/** Saves the thematic areas, reusing any that already exist with the same code. */
async function seedThematicAreas(manager: EntityManager): Promise<Map<AreaCode, string>> {
  const ids = new Map<AreaCode, string>();
  for (const area of [...SUN_AREAS, ...CSN_AREAS]) {
    const existing = await manager.getRepository(ThematicArea).findOneBy({ code: area.code });
    const saved = existing ?? (await insert(manager, ThematicArea, { code: area.code, name: { ...area.name }, description: { ...area.description } }));
    ids.set(area.code, saved.id);
  }
  return ids;
}

async function seedOrganisations(manager: EntityManager): Promise<Record<OrgKey, string>> {
  const ids = {} as Record<OrgKey, string>;
  for (const key of Object.keys(ORGANISATIONS) as OrgKey[]) {
    ids[key] = (await insert(manager, Organisation, { ...ORGANISATIONS[key] })).id;
  }
  return ids;
}

async function seedPeople(manager: EntityManager, orgIds: Record<OrgKey, string>): Promise<void> {
  for (const { organisation, phone, languages, ...person } of PEOPLE) {
    await insert(manager, Person, { ...person, organisationId: orgIds[organisation], languages: [...languages], phone: phone ?? null });
  }
}

function areaIds(codes: readonly AreaCode[], ids: Map<AreaCode, string>): string[] {
  return codes.map((code) => {
    const id = ids.get(code);
    if (!id) throw new Error(`Demo data refers to unknown thematic area ${code}`);
    return id;
  });
}

async function seedRoutes(manager: EntityManager, programmeId: string, routes: readonly RouteSeed[], ids: Map<AreaCode, string>): Promise<void> {
  for (const { areas, ...route } of routes) {
    await insert(manager, LearningRoute, { ...route, programmeId, workingLanguages: [...route.workingLanguages], thematicAreaIds: areaIds(areas, ids) });
  }
}

async function seedLearningNeeds(manager: EntityManager, ids: Map<AreaCode, string>): Promise<void> {
  for (const [countryCode, ranking] of Object.entries(LEARNING_NEEDS)) {
    if (new Set(ranking).size !== SUN_AREAS.length) throw new Error(`Learning needs of ${countryCode} must rank each area once`);
    for (const [index, code] of ranking.entries()) {
      await insert(manager, LearningNeed, { countryCode, thematicAreaId: areaIds([code], ids)[0], rank: index + 1, source: SURVEY_SOURCE });
    }
  }
}

/** Loads the core demo data; runs once, inside the demo-seed transaction. */
export async function seedCoreDemo({ manager }: DemoSeedContext): Promise<void> {
  const areas = await seedThematicAreas(manager);
  const orgs = await seedOrganisations(manager);
  await seedPeople(manager, orgs);

  const pilot = await insert(manager, Programme, {
    ...PILOT_PROGRAMME,
    name: { ...PILOT_PROGRAMME.name },
    objectives: { ...PILOT_PROGRAMME.objectives },
    funderId: null,
    coordinatorId: orgs.SMS,
    facilitatorId: orgs.PROCASUR,
    // 000 gives no total; the pilot keeps its books in GBP, where its routes' USD costs meet
    // through exchange rates (the logistics demo's budget).
    budgetMinor: null,
    currency: 'GBP',
    thematicAreaIds: areaIds(SUN_AREAS.map((a) => a.code), areas),
    maxRouteDays: 8,
  });
  await seedRoutes(manager, pilot.id, PILOT_ROUTES, areas);

  const csn = await insert(manager, Programme, {
    ...CSN_PROGRAMME,
    name: { ...CSN_PROGRAMME.name },
    objectives: { ...CSN_PROGRAMME.objectives },
    funderId: orgs.CIFF,
    coordinatorId: orgs.SUN_CSN,
    facilitatorId: orgs.PROCASUR,
    thematicAreaIds: areaIds(CSN_AREAS.map((a) => a.code), areas),
    maxRouteDays: 8,
  });
  await seedRoutes(manager, csn.id, CSN_ROUTES, areas);

  await seedLearningNeeds(manager, areas);
}
