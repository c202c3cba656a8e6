/**
 * Demo data for the agenda: the Peru pilot route's eight days (seed 000 §27, §39, §43), in the
 * pattern the seeds describe — opening and the delegations' presentations on the first day;
 * for each case, context, visit and analysis (the national budgeting case in Lima, the district
 * case in Ayacucho); a field visit outside Lima, in a Quechua-speaking community of Vinchos;
 * two days of action planning; the closing. The route's champions lead the sessions of their
 * practices; the route team's interpreter interprets the plenary sessions into English and
 * French (Benin's delegation), and the community visit from Quechua into Spanish as well.
 *
 * Written to hold every agenda check: both cases are PUBLISHED in the practices demo, nothing
 * overlaps, and nobody is booked twice. Places and coordinates are real towns, approximately;
 * venues, times and notes are invented.
 */
import type { EntityManager } from 'typeorm';
import type { DemoSeedContext, LocalizedValue } from '@lr/server-core';
import { LearningRoute, Person } from '@lr/server-core-domain';
import { Champion } from '@lr/server-champions';
import { Practice, PracticeLevel } from '@lr/server-practices';
import { AgendaDay } from '../agenda/agenda-day.entity';
import { AgendaSession } from '../agenda/agenda-session.entity';
import { SessionType } from '../agenda/session-type';
import { RouteLogistics } from '../settings/route-logistics.entity';

/** Where the route goes. */
const PLACES = {
  midis: { placeName: 'MIDIS auditorium', placeAddress: 'Av. Paseo de la República 3101, San Isidro, Lima', latitude: -12.0977, longitude: -77.0219, outsideCapital: false },
  hotel: { placeName: 'Hotel conference room, Miraflores', placeAddress: 'Miraflores, Lima', latitude: -12.1211, longitude: -77.0297, outsideCapital: false },
  mef: { placeName: 'Ministry of Economy and Finance', placeAddress: 'Jr. Junín 319, Cercado de Lima', latitude: -12.0487, longitude: -77.0301, outsideCapital: false },
  villa: { placeName: 'District municipality of Villa El Salvador', placeAddress: 'Villa El Salvador, Lima', latitude: -12.213, longitude: -76.9367, outsideCapital: false },
  airport: { placeName: 'Jorge Chávez International Airport', placeAddress: 'Callao', latitude: -12.0219, longitude: -77.1143, outsideCapital: false },
  huamanga: { placeName: 'Regional government of Ayacucho', placeAddress: 'Jr. Callao 122, Huamanga, Ayacucho', latitude: -13.1588, longitude: -74.2239, outsideCapital: true },
  vinchos: { placeName: 'District municipality of Vinchos', placeAddress: 'Plaza de Armas, Vinchos, Huamanga, Ayacucho', latitude: -13.2411, longitude: -74.3536, outsideCapital: true },
  community: { placeName: 'Community health post and family gardens, Vinchos', placeAddress: 'Vinchos, Huamanga, Ayacucho', latitude: -13.239, longitude: -74.36, outsideCapital: true },
} as const;

type Place = (typeof PLACES)[keyof typeof PLACES];
type Case = 'LIMA' | 'REGION';
type Champions = 'marleni' | 'jorge' | 'lucia' | 'wilber';

interface SessionSeed {
  type: SessionType;
  start: string;
  end: string;
  title: LocalizedValue;
  notes?: LocalizedValue;
  place: Place;
  /** The case the session is about: the national case visited in Lima, or the district case in Ayacucho. */
  case?: Case;
  champions?: Champions[];
  /** Interpreted by the route team's interpreter into these languages. */
  interpreted?: string[];
}

interface DaySeed {
  title: LocalizedValue;
  sessions: SessionSeed[];
}

const PLENARY = ['en', 'fr'];

const DAYS: readonly DaySeed[] = [
  {
    title: { en: 'Lima: welcome and the delegations', es: 'Lima: bienvenida y las delegaciones' },
    sessions: [
      { type: SessionType.OPENING, start: '09:00', end: '10:00', title: { en: 'Opening of the Learning Route', es: 'Inauguración de la Ruta de Aprendizaje' }, place: PLACES.midis, interpreted: PLENARY },
      {
        type: SessionType.DELEGATION_PRESENTATIONS,
        start: '10:30',
        end: '13:00',
        title: { en: 'Five countries, five starting points', es: 'Cinco países, cinco puntos de partida' },
        notes: { en: 'Ten minutes per delegation, then questions.', es: 'Diez minutos por delegación y luego preguntas.' },
        place: PLACES.midis,
        interpreted: PLENARY,
      },
      { type: SessionType.INFORMAL, start: '19:00', end: '21:00', title: { en: 'Welcome dinner', es: 'Cena de bienvenida' }, place: PLACES.hotel },
    ],
  },
  {
    title: { en: 'Lima: following nutrition money', es: 'Lima: siguiendo el dinero de la nutrición' },
    sessions: [
      { type: SessionType.CONTEXT_SETTING, start: '09:00', end: '10:30', case: 'LIMA', title: { en: 'Results-based budgeting: the context', es: 'Presupuesto por resultados: el contexto' }, place: PLACES.mef, champions: ['jorge'], interpreted: PLENARY },
      {
        type: SessionType.CASE_VISIT,
        start: '11:00',
        end: '15:00',
        case: 'LIMA',
        title: { en: 'Following the budget to a district', es: 'Siguiendo el presupuesto hasta un distrito' },
        notes: { en: 'Lunch at the municipality. The bus leaves from the ministry at 10:45.', es: 'Almuerzo en la municipalidad. El bus sale del ministerio a las 10:45.' },
        place: PLACES.villa,
        champions: ['jorge'],
        interpreted: PLENARY,
      },
      { type: SessionType.ANALYSIS, start: '16:00', end: '17:30', case: 'LIMA', title: { en: 'What the budget trail taught us', es: 'Lo que nos enseñó el recorrido del presupuesto' }, place: PLACES.hotel, interpreted: PLENARY },
    ],
  },
  {
    title: { en: 'To Ayacucho: the district context', es: 'Hacia Ayacucho: el contexto distrital' },
    sessions: [
      {
        type: SessionType.INFORMAL,
        start: '06:30',
        end: '08:00',
        title: { en: 'Flight Lima–Ayacucho', es: 'Vuelo Lima–Ayacucho' },
        notes: { en: 'Meet in the hotel lobby at 04:45; the bus leaves at 05:00 sharp.', es: 'Encuentro en el lobby del hotel a las 04:45; el bus sale a las 05:00 en punto.' },
        place: PLACES.airport,
      },
      {
        type: SessionType.CONTEXT_SETTING,
        start: '14:00',
        end: '16:30',
        case: 'REGION',
        title: { en: 'District articulation in Ayacucho: the context', es: 'La articulación distrital en Ayacucho: el contexto' },
        place: PLACES.huamanga,
        champions: ['lucia'],
        interpreted: PLENARY,
      },
    ],
  },
  {
    title: { en: 'Vinchos: the district committee at work', es: 'Vinchos: el comité distrital en acción' },
    sessions: [
      { type: SessionType.CASE_VISIT, start: '08:00', end: '13:00', case: 'REGION', title: { en: 'The district committee of Vinchos', es: 'El comité distrital de Vinchos' }, place: PLACES.vinchos, champions: ['marleni', 'lucia'], interpreted: PLENARY },
      { type: SessionType.ANALYSIS, start: '15:30', end: '17:30', case: 'REGION', title: { en: 'Analysing the district committee', es: 'Análisis del comité distrital' }, place: PLACES.huamanga, interpreted: PLENARY },
    ],
  },
  {
    title: { en: 'Field visit: community health agents and family gardens', es: 'Visita de campo: agentes comunitarias y biohuertos familiares' },
    sessions: [
      {
        type: SessionType.FIELD_VISIT,
        start: '07:30',
        end: '15:00',
        title: { en: 'Community health agents and family gardens in Vinchos', es: 'Agentes comunitarias de salud y biohuertos familiares en Vinchos' },
        notes: { en: 'Walking shoes, a hat and warm clothes: the community is at 3,100 m.', es: 'Zapatos para caminar, sombrero y ropa abrigada: la comunidad está a 3 100 m.' },
        place: PLACES.community,
        champions: ['marleni', 'wilber'],
        interpreted: ['es', 'en', 'fr'],
      },
    ],
  },
  {
    title: { en: 'Back to Lima: from what we saw to what we will do', es: 'De vuelta a Lima: de lo que vimos a lo que haremos' },
    sessions: [
      { type: SessionType.INFORMAL, start: '09:00', end: '10:30', title: { en: 'Flight Ayacucho–Lima', es: 'Vuelo Ayacucho–Lima' }, place: PLACES.airport },
      { type: SessionType.ACTION_PLAN_WORKSHOP, start: '15:00', end: '18:00', title: { en: 'From what we saw to what we will do', es: 'De lo que vimos a lo que haremos' }, place: PLACES.hotel, interpreted: PLENARY },
    ],
  },
  {
    title: { en: 'Action plans', es: 'Planes de acción' },
    sessions: [{ type: SessionType.ACTION_PLAN_WORKSHOP, start: '09:00', end: '17:00', title: { en: 'Drafting the take-home action plans', es: 'Redacción de los planes de acción' }, place: PLACES.hotel, interpreted: PLENARY }],
  },
  {
    title: { en: 'Closing', es: 'Clausura' },
    sessions: [
      { type: SessionType.ACTION_PLAN_WORKSHOP, start: '09:00', end: '11:00', title: { en: 'Presenting the action plans', es: 'Presentación de los planes de acción' }, place: PLACES.midis, interpreted: PLENARY },
      { type: SessionType.CLOSING, start: '11:30', end: '13:00', title: { en: 'Closing and certificates', es: 'Clausura y entrega de certificados' }, place: PLACES.midis, interpreted: PLENARY },
    ],
  },
];

const CHAMPION_EMAILS: Record<Champions, string> = {
  marleni: 'marleni.huamani@example.org',
  jorge: 'jorge.taipe@example.org',
  lucia: 'lucia.mendoza@example.org',
  wilber: 'wilber.ccori@example.org',
};
const INTERPRETER_EMAIL = 'valeria.rojas-salinas@example.org';

/** The route's cases: the national one is visited in Lima, another in the region (else in the order attached). */
async function casesOf(manager: EntityManager, routeId: string): Promise<Partial<Record<Case, string>>> {
  // Demo data only: the practices module's case links are read from its table.
  const links: { practice_id: string }[] = await manager.query('SELECT practice_id FROM route_case WHERE route_id = $1 ORDER BY attached_at, id', [routeId]);
  const practices = await Promise.all(links.map((l) => manager.getRepository(Practice).findOneByOrFail({ id: l.practice_id })));
  const lima = practices.find((p) => p.level === PracticeLevel.NATIONAL) ?? practices[0];
  const region = practices.find((p) => p !== lima);
  return { LIMA: lima?.id, REGION: region?.id };
}

async function championIds(manager: EntityManager): Promise<Partial<Record<Champions, string>>> {
  const out: Partial<Record<Champions, string>> = {};
  for (const [key, email] of Object.entries(CHAMPION_EMAILS) as [Champions, string][]) {
    const person = await manager.getRepository(Person).findOneBy({ email });
    const champion = person ? await manager.getRepository(Champion).findOneBy({ personId: person.id }) : null;
    if (champion) out[key] = champion.id;
  }
  return out;
}

export async function seedAgendaDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  const route = await manager.getRepository(LearningRoute).findOneBy({ hostCountryCode: 'PE' });
  if (!route?.startDate) {
    logger.warn('no Peru demo route with dates: agenda demo data skipped');
    return;
  }
  // The agenda is written in Lima's time; the settings demo may have set it already.
  await manager.getRepository(RouteLogistics).createQueryBuilder().insert().values({ routeId: route.id, timeZone: 'America/Lima', capitalCity: 'Lima' }).orIgnore().execute();
  const [cases, champions, interpreter] = await Promise.all([casesOf(manager, route.id), championIds(manager), manager.getRepository(Person).findOneBy({ email: INTERPRETER_EMAIL })]);
  if (!cases.LIMA || !cases.REGION) logger.warn('the Peru demo route has fewer than two cases: their sessions are left out of the agenda');

  const start = Date.parse(`${route.startDate}T00:00:00Z`);
  for (const [i, seed] of DAYS.entries()) {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    if (route.endDate && date > route.endDate) break;
    const day = await manager.getRepository(AgendaDay).save(manager.getRepository(AgendaDay).create({ routeId: route.id, date, title: seed.title }));
    for (const s of seed.sessions) {
      const practiceId = s.case ? cases[s.case] : null;
      if (s.case && !practiceId) continue;
      const repo = manager.getRepository(AgendaSession);
      await repo.save(
        repo.create({
          routeId: route.id,
          dayId: day.id,
          type: s.type,
          startTime: s.start,
          endTime: s.end,
          title: s.title,
          notes: s.notes ?? {},
          ...s.place,
          practiceId: practiceId ?? null,
          championIds: (s.champions ?? []).flatMap((c) => (champions[c] ? [champions[c]] : [])),
          interpreterIds: s.interpreted && interpreter ? [interpreter.id] : [],
          interpretedLanguages: s.interpreted ?? [],
        }),
      );
    }
  }
}
