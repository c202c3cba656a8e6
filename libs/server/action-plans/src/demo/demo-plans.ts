/**
 * The Peru route's five take-home action plans (seed 000 §42-§45, seed 003's indicators): one
 * per national team, in English and Spanish, written in the team's working language. The teams
 * and their people are the delegations demo's; the content is invented.
 *
 * Dates follow the route (June 2014): baselines at the trip, targets in 2015-2016.
 */
import type { LocalizedValue } from '@lr/server-core';

export interface ObjectiveSeed {
  statement: LocalizedValue;
  indicator: LocalizedValue;
  unit: string;
  baselineValue: string | null;
  baselineDate: string | null;
  targetValue: string | null;
  targetDate: string | null;
}

export interface ActivitySeed {
  description: LocalizedValue;
  /** The objective it serves, by its position (from 1). */
  objective: number | null;
  /** Which of the team's three people is responsible (0: government, 1: civil society, 2: UN); null for nobody yet. */
  responsible: 0 | 1 | 2 | null;
  startDate: string | null;
  dueDate: string | null;
  resources: string | null;
  /** US dollars. */
  budget: string | null;
}

export interface PlanSeed {
  language: 'en' | 'es';
  title: LocalizedValue;
  innovations: LocalizedValue;
  context: LocalizedValue;
  expectedResults: LocalizedValue;
  objectives: ObjectiveSeed[];
  activities: ActivitySeed[];
}

/** Tanzania: accepted after one revision, awarded a grant and a technical-assistance visit. */
export const TANZANIA: PlanSeed = {
  language: 'en',
  title: {
    en: 'District nutrition committees with shared results in three regions',
    es: 'Comités distritales de nutrición con resultados comunes en tres regiones',
  },
  innovations: {
    en: "Peru's results agreements between the ministry and districts, and its tracking of what each programme spends on nutrition.",
    es: 'Los convenios de resultados entre el ministerio y los distritos del Perú, y el seguimiento de lo que cada programa gasta en nutrición.',
  },
  context: {
    en: 'Our national nutrition strategy asks every district council to plan nutrition across sectors, but few councils have a plan of their own and nobody knows what districts spend on nutrition.',
    es: 'Nuestra estrategia nacional de nutrición pide a cada consejo distrital planificar la nutrición entre sectores, pero pocos consejos tienen un plan propio y nadie sabe cuánto gastan los distritos en nutrición.',
  },
  expectedResults: {
    en: 'Twelve district councils in Dodoma, Iringa and Mbeya adopt multi-sectoral nutrition plans with shared results, and the three regions publish what they spend on nutrition each year.',
    es: 'Doce consejos distritales de Dodoma, Iringa y Mbeya adoptan planes multisectoriales de nutrición con resultados comunes, y las tres regiones publican cada año lo que gastan en nutrición.',
  },
  objectives: [
    {
      statement: { en: 'District councils adopt multi-sectoral nutrition plans with shared results', es: 'Los consejos distritales adoptan planes multisectoriales de nutrición con resultados comunes' },
      indicator: { en: 'District councils with an adopted multi-sectoral nutrition plan', es: 'Consejos distritales con un plan multisectorial de nutrición adoptado' },
      unit: 'districts',
      baselineValue: '0',
      baselineDate: '2014-06-30',
      targetValue: '10',
      targetDate: '2015-12-31',
    },
    {
      statement: { en: 'Regions track and publish their nutrition spending', es: 'Las regiones dan seguimiento a su gasto en nutrición y lo publican' },
      indicator: { en: 'Regions publishing a yearly nutrition budget analysis', es: 'Regiones que publican un análisis anual del presupuesto de nutrición' },
      unit: 'regions',
      baselineValue: '0',
      baselineDate: '2014-06-30',
      targetValue: '3',
      targetDate: '2016-06-30',
    },
  ],
  activities: [
    {
      description: { en: "Brief the Prime Minister's Office and the regional secretariats on Peru's district agreements", es: 'Informar a la Oficina del Primer Ministro y a las secretarías regionales sobre los convenios distritales del Perú' },
      objective: 1,
      responsible: 0,
      startDate: '2014-07-14',
      dueDate: '2014-09-30',
      resources: 'Two facilitators; the briefing pack translated into Swahili',
      budget: '1500',
    },
    {
      description: { en: 'Train district nutrition officers to plan and cost with the other sectors', es: 'Capacitar a los oficiales distritales de nutrición para planificar y costear con los demás sectores' },
      objective: 1,
      responsible: 1,
      startDate: '2014-10-01',
      dueDate: '2015-03-31',
      resources: 'Three workshops for 36 officers; per diems and travel',
      budget: '6000',
    },
  ],
};

/** What Tanzania changed after the review: a realistic target, and how spending is published. */
export const TANZANIA_REVISED = {
  targetValue: '12',
  activity: {
    description: { en: 'Publish the first regional nutrition budget analysis with the regional secretariats', es: 'Publicar el primer análisis regional del presupuesto de nutrición con las secretarías regionales' },
    objective: 2,
    responsible: 2,
    startDate: '2015-01-15',
    dueDate: '2016-06-30',
    resources: 'A budget analyst half time for a year; printing and a launch in each region',
    budget: '2500',
  } satisfies ActivitySeed,
};

/** Guatemala: accepted at its first version. Written in Spanish. */
export const GUATEMALA: PlanSeed = {
  language: 'es',
  title: {
    es: 'Comisiones municipales de seguridad alimentaria con metas comunes en Huehuetenango',
    en: 'Municipal food security commissions with shared targets in Huehuetenango',
  },
  innovations: {
    es: 'La articulación territorial del Perú: metas de nutrición acordadas entre sectores a nivel distrital y su seguimiento por la sociedad civil.',
    en: "Peru's territorial coordination: nutrition targets agreed between sectors at district level and followed up by civil society.",
  },
  context: {
    es: 'Las comisiones municipales de seguridad alimentaria (COMUSAN) se reúnen, pero cada sector trae sus propias metas y la sociedad civil no da seguimiento a los compromisos.',
    en: 'The municipal food security commissions (COMUSAN) meet, but each sector brings its own targets and civil society does not follow up the commitments.',
  },
  expectedResults: {
    es: 'Cinco compromisos de la red de sociedad civil adoptados por las COMUSAN de Huehuetenango, y ocho municipios con presupuesto etiquetado para nutrición.',
    en: 'Five civil society network commitments adopted by the COMUSANs of Huehuetenango, and eight municipalities with a budget earmarked for nutrition.',
  },
  objectives: [
    {
      statement: { es: 'Las COMUSAN adoptan los compromisos de la red de sociedad civil (CSN)', en: 'The COMUSANs adopt the civil society network (CSN) commitments' },
      indicator: { es: 'Compromisos de la CSN adoptados', en: 'CSN commitments adopted' },
      unit: 'compromisos',
      baselineValue: '0',
      baselineDate: '2014-06-30',
      targetValue: '5',
      targetDate: '2015-12-31',
    },
    {
      statement: { es: 'Los municipios etiquetan presupuesto para nutrición', en: 'Municipalities earmark budget for nutrition' },
      indicator: { es: 'Municipios con presupuesto etiquetado para nutrición', en: 'Municipalities with a budget earmarked for nutrition' },
      unit: 'municipios',
      baselineValue: '2',
      baselineDate: '2014-01-01',
      targetValue: '8',
      targetDate: '2016-12-31',
    },
  ],
  activities: [
    {
      description: { es: 'Presentar la experiencia peruana a las COMUSAN de cinco municipios', en: 'Present the Peruvian experience to the COMUSANs of five municipalities' },
      objective: 1,
      responsible: 1,
      startDate: '2014-08-01',
      dueDate: '2014-11-30',
      resources: 'Video de la visita de campo; transporte a los municipios',
      budget: '1200',
    },
    {
      description: { es: 'Acompañar a los municipios en la elaboración de su presupuesto de nutrición', en: 'Support the municipalities in drawing up their nutrition budget' },
      objective: 2,
      responsible: 0,
      startDate: '2015-01-15',
      dueDate: '2016-09-30',
      resources: 'Un especialista en presupuesto de la SESAN, medio tiempo',
      budget: '4500',
    },
  ],
};

/** Benin: its first version sent back for revision, with comments on its objectives and activities. */
export const BENIN: PlanSeed = {
  language: 'en',
  title: {
    en: 'Communes plan nutrition together in the Atacora and the Borgou',
    es: 'Las comunas planifican juntas la nutrición en Atacora y Borgou',
  },
  innovations: {
    en: 'Peru’s district nutrition committees and the community health workers who report to them.',
    es: 'Los comités distritales de nutrición del Perú y los agentes comunitarios de salud que les informan.',
  },
  context: {
    en: 'The national food and nutrition council works through communes, but communes rarely bring health, agriculture and water together.',
    es: 'El consejo nacional de alimentación y nutrición trabaja a través de las comunas, pero estas rara vez reúnen a salud, agricultura y agua.',
  },
  expectedResults: {
    en: 'Better coordination of nutrition in the communes of two departments.',
    es: 'Mejor coordinación de la nutrición en las comunas de dos departamentos.',
  },
  objectives: [
    {
      statement: { en: 'Improve coordination between sectors in the communes', es: 'Mejorar la coordinación entre sectores en las comunas' },
      indicator: { en: 'Communes with a multi-sectoral nutrition committee that meets every quarter', es: 'Comunas con un comité multisectorial de nutrición que se reúne cada trimestre' },
      unit: 'communes',
      baselineValue: '3',
      baselineDate: '2014-06-30',
      targetValue: null,
      targetDate: null,
    },
  ],
  activities: [
    {
      description: { en: 'Share the route’s lessons with the mayors of the two departments', es: 'Compartir las lecciones de la ruta con los alcaldes de los dos departamentos' },
      objective: 1,
      responsible: 0,
      startDate: '2014-08-15',
      dueDate: '2014-10-31',
      resources: 'Two meetings; transport',
      budget: '800',
    },
    {
      description: { en: 'Set up commune nutrition committees', es: 'Crear comités comunales de nutrición' },
      objective: 1,
      responsible: null,
      startDate: '2014-11-01',
      dueDate: '2015-12-31',
      resources: null,
      budget: null,
    },
  ],
};

/** Laos: submitted, waiting for its reviewer. */
export const LAOS: PlanSeed = {
  language: 'en',
  title: {
    en: 'Convergence of nutrition programmes in four northern provinces',
    es: 'Convergencia de los programas de nutrición en cuatro provincias del norte',
  },
  innovations: {
    en: "Peru's way of bringing programmes to the same households in the same districts, and of checking it with one register.",
    es: 'La manera en que el Perú lleva los programas a los mismos hogares de los mismos distritos, y lo verifica con un solo registro.',
  },
  context: {
    en: 'Health, agriculture and education programmes each choose their own villages, so few households receive the whole package.',
    es: 'Los programas de salud, agricultura y educación eligen cada uno sus aldeas, de modo que pocos hogares reciben el paquete completo.',
  },
  expectedResults: {
    en: 'In four provinces, the villages chosen for nutrition receive the health, agriculture and water programmes together.',
    es: 'En cuatro provincias, las aldeas elegidas para la nutrición reciben juntos los programas de salud, agricultura y agua.',
  },
  objectives: [
    {
      statement: { en: 'Programmes converge on the same priority villages', es: 'Los programas convergen en las mismas aldeas prioritarias' },
      indicator: { en: 'Share of priority villages reached by at least three programmes', es: 'Porcentaje de aldeas prioritarias alcanzadas por al menos tres programas' },
      unit: '%',
      baselineValue: '12.5',
      baselineDate: '2014-06-30',
      targetValue: '60',
      targetDate: '2016-06-30',
    },
  ],
  activities: [
    {
      description: { en: 'Agree on one list of priority villages with the provincial sector offices', es: 'Acordar una sola lista de aldeas prioritarias con las oficinas provinciales de los sectores' },
      objective: 1,
      responsible: 0,
      startDate: '2014-09-01',
      dueDate: '2014-12-15',
      resources: 'Provincial planning meetings; maps from the statistics bureau',
      budget: '2000',
    },
    {
      description: { en: 'Follow convergence every six months and report to the national committee', es: 'Dar seguimiento a la convergencia cada seis meses e informar al comité nacional' },
      objective: 1,
      responsible: 2,
      startDate: '2015-01-01',
      dueDate: '2016-06-30',
      resources: 'Monitoring officer; the national committee’s meetings',
      budget: null,
    },
  ],
};

/** Sierra Leone: a draft that does not pass the SMART check yet. */
export const SIERRA_LEONE: PlanSeed = {
  language: 'en',
  title: {
    en: 'Chiefdom nutrition action with community health workers',
    es: 'Acción nutricional en las jefaturas con agentes comunitarios de salud',
  },
  innovations: {
    en: 'Community health workers who weigh children every month and report to the district committee, as in Peru.',
    es: 'Agentes comunitarios de salud que pesan a los niños cada mes e informan al comité distrital, como en el Perú.',
  },
  context: {
    en: 'Chiefdoms have health workers but no place where their figures are discussed with the other sectors.',
    es: 'Las jefaturas tienen agentes de salud, pero ningún espacio donde se discutan sus cifras con los demás sectores.',
  },
  expectedResults: {
    en: 'Fewer underweight children in the chiefdoms of Bombali.',
    es: 'Menos niños con bajo peso en las jefaturas de Bombali.',
  },
  objectives: [
    {
      statement: { en: 'Reduce underweight among children under five in Bombali', es: 'Reducir el bajo peso en menores de cinco años en Bombali' },
      indicator: { en: 'Children under five who are underweight', es: 'Menores de cinco años con bajo peso' },
      unit: '%',
      baselineValue: '18',
      baselineDate: null,
      targetValue: '14',
      targetDate: null,
    },
  ],
  activities: [
    {
      description: { en: 'Monthly weighing sessions in every chiefdom', es: 'Sesiones mensuales de pesaje en cada jefatura' },
      objective: 1,
      responsible: null,
      startDate: '2014-09-01',
      dueDate: '2015-12-31',
      resources: 'Scales for 13 chiefdoms',
      budget: null,
    },
    {
      description: { en: 'District committee reviews the figures with the chiefs', es: 'El comité distrital revisa las cifras con los jefes' },
      objective: 1,
      responsible: 0,
      startDate: '2015-03-01',
      dueDate: '2014-12-31',
      resources: null,
      budget: null,
    },
  ],
};
