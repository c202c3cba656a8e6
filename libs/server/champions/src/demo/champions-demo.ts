/**
 * Demo data for champions: host-country champions of the Peru and Senegal pilot routes (000
 * §24, §33 STEP2, §38; 002 "Champions"), their training in public speaking and pedagogical
 * tools, and a few ratings of their sessions.
 *
 * Everything here is invented for the demo: the people, their e-mail addresses and phones, their
 * roles, trainings, consents and ratings. None of it describes real people.
 */
import { In, type EntityManager } from 'typeorm';
import { Role, User, type DemoSeedContext, type LocalizedValue } from '@lr/server-core';
import { Gender, LearningRoute, Person, ThematicArea } from '@lr/server-core-domain';
import { Practice } from '@lr/server-practices';
import { ChampionPractice } from '../champion-practices/champion-practice.entity';
import { ChampionRole } from '../champion-practices/champion-role';
import { Champion } from '../champions/champion.entity';
import { ChampionFeedback } from '../feedback/champion-feedback.entity';
import { ChampionTraining } from '../trainings/champion-training.entity';

interface ChampionSeed {
  givenName: string;
  familyName: string;
  gender: Gender;
  languages: string[];
  position: string;
  email: string;
  phone?: string;
  role: ChampionRole;
  areas: string[];
  tags: string[];
  bio: LocalizedValue;
  consentToContact: boolean;
  consentToPhotograph: boolean;
  /** Completed trainings; none means the champion still needs training. */
  trained: boolean;
  ratings?: number[];
}

const PERU: readonly ChampionSeed[] = [
  {
    givenName: 'Marleni', familyName: 'Huamaní Cárdenas', gender: Gender.FEMALE, languages: ['es', 'qu'],
    position: 'Community health agent, Vinchos district', email: 'marleni.huamani@example.org', phone: '+51 66 000 0201',
    role: ChampionRole.LEADER, areas: ['scaling-up-district-community'], tags: ['growth monitoring', 'home visits'],
    bio: {
      es: 'Agente comunitaria de salud desde hace doce años; organizó las visitas domiciliarias de seguimiento del crecimiento infantil en su comunidad.',
      en: 'A community health agent for twelve years; she organised home visits to follow children’s growth in her community.',
    },
    consentToContact: true, consentToPhotograph: true, trained: true, ratings: [5, 4],
  },
  {
    givenName: 'Jorge', familyName: 'Taipe Quispe', gender: Gender.MALE, languages: ['es', 'qu'],
    position: 'Social development manager, district municipality', email: 'jorge.taipe@example.org',
    role: ChampionRole.OFFICIAL, areas: ['nutrition-sensitive-multisectoral', 'tracking-funding'], tags: ['participatory budgeting'],
    bio: { es: 'Gerente de desarrollo social; impulsó que el presupuesto participativo del distrito financie agua segura y cocinas mejoradas.' },
    consentToContact: false, consentToPhotograph: true, trained: false,
  },
  {
    givenName: 'Lucía', familyName: 'Mendoza Ríos', gender: Gender.FEMALE, languages: ['es', 'en'],
    position: 'Nutritionist, district health centre', email: 'lucia.mendoza@example.org', phone: '+51 66 000 0203',
    role: ChampionRole.IMPLEMENTER, areas: ['scaling-up-district-community'], tags: ['counselling', 'anaemia'],
    bio: { en: 'Nutritionist who trained community agents to counsel families on feeding children under two.', es: 'Nutricionista que capacitó a las agentes comunitarias en consejería sobre la alimentación de menores de dos años.' },
    consentToContact: true, consentToPhotograph: false, trained: true, ratings: [4],
  },
  {
    givenName: 'Wilber', familyName: 'Ccori Huamán', gender: Gender.MALE, languages: ['qu', 'es'],
    position: 'Member of the communal assembly', email: 'wilber.ccori@example.org',
    role: ChampionRole.COMMUNITY_MEMBER, areas: [], tags: ['family vegetable gardens'],
    bio: { es: 'Comunero que mostró a sus vecinos cómo los biohuertos familiares mejoran la dieta de los niños.' },
    consentToContact: false, consentToPhotograph: false, trained: false,
  },
];

const SENEGAL: readonly ChampionSeed[] = [
  {
    givenName: 'Aminata', familyName: 'Diop', gender: Gender.FEMALE, languages: ['fr', 'wo'],
    position: 'Community relay, nutrition site', email: 'aminata.diop@example.org', phone: '+221 33 000 0201',
    role: ChampionRole.LEADER, areas: ['scaling-up-district-community'], tags: ['cooking demonstrations', 'growth monitoring'],
    bio: { fr: 'Relais communautaire qui anime les séances de pesée et les démonstrations culinaires de son quartier.', en: 'Community relay who runs the weighing sessions and cooking demonstrations of her neighbourhood.' },
    consentToContact: true, consentToPhotograph: true, trained: true, ratings: [5, 5],
  },
  {
    givenName: 'Moussa', familyName: 'Sarr', gender: Gender.MALE, languages: ['fr', 'wo', 'en'],
    position: 'Municipal councillor in charge of health', email: 'moussa.sarr@example.org',
    role: ChampionRole.OFFICIAL, areas: ['advocacy-communication', 'nutrition-sensitive-multisectoral'], tags: ['local advocacy'],
    bio: { fr: 'Conseiller municipal qui a fait inscrire la nutrition au budget de sa commune.', en: 'Municipal councillor who had nutrition written into his commune’s budget.' },
    consentToContact: false, consentToPhotograph: true, trained: true, ratings: [3],
  },
  {
    givenName: 'Fatou', familyName: 'Ba', gender: Gender.FEMALE, languages: ['wo', 'fr'],
    position: 'Community godmother (badienou gokh)', email: 'fatou.ba@example.org', phone: '+221 33 000 0203',
    role: ChampionRole.COMMUNITY_MEMBER, areas: [], tags: ['breastfeeding support'],
    bio: { fr: 'Marraine de quartier qui accompagne les jeunes mères dans l’allaitement exclusif.' },
    consentToContact: true, consentToPhotograph: true, trained: false,
  },
  {
    givenName: 'Ibrahima', familyName: 'Faye', gender: Gender.MALE, languages: ['fr', 'wo'],
    position: 'Field supervisor, implementing NGO', email: 'ibrahima.faye@example.org',
    role: ChampionRole.IMPLEMENTER, areas: ['scaling-up-district-community'], tags: ['supervision of community relays'],
    bio: { fr: 'Superviseur de terrain qui forme et suit les relais communautaires de trois communes.' },
    consentToContact: false, consentToPhotograph: false, trained: false,
  },
];

/** STEP2 of the preparation (000 §33): champions learn to teach what they know. */
const TRAINING_TOPICS = ['Public speaking for champions', 'Pedagogical tools for adult learning'];

/** The route's cases, else the host country's practices, else none (practices demo not loaded). */
async function practicesFor(manager: EntityManager, route: LearningRoute | null, countryCode: string): Promise<string[]> {
  if (route) {
    // Demo data only: the practices module no longer exports its case entity, so its table is read directly.
    const cases: { practice_id: string }[] = await manager.query('SELECT practice_id FROM route_case WHERE route_id = $1 ORDER BY attached_at, id', [route.id]);
    if (cases.length) return cases.map((c) => c.practice_id);
  }
  const practices = await manager.getRepository(Practice).find({ where: { countryCode }, order: { createdAt: 'ASC' } });
  return practices.map((p) => p.id);
}

async function seedRoute(manager: EntityManager, seeds: readonly ChampionSeed[], countryCode: string, trainingDay: string, authors: User[]) {
  const route = await manager.getRepository(LearningRoute).findOneBy({ hostCountryCode: countryCode });
  const practiceIds = await practicesFor(manager, route, countryCode);
  const areaRows = await manager.getRepository(ThematicArea).findBy({ code: In(seeds.flatMap((s) => s.areas)) });
  const areaIds = new Map(areaRows.map((a) => [a.code, a.id]));
  const trainer = await manager.getRepository(Person).findOneBy({ email: 'carolina.fuentes@example.org' });

  for (const [i, seed] of seeds.entries()) {
    const person = await manager.getRepository(Person).save(
      manager.getRepository(Person).create({
        givenName: seed.givenName, familyName: seed.familyName, countryCode, gender: seed.gender, languages: seed.languages,
        position: seed.position, email: seed.email, phone: seed.phone ?? null, organisationId: null,
        // Contact consent is the person's, under the one privacy policy.
        contactConsent: seed.consentToContact, contactConsentDate: trainingDay,
      }),
    );
    const champion = await manager.getRepository(Champion).save(
      manager.getRepository(Champion).create({
        personId: person.id,
        thematicAreaIds: seed.areas.map((code) => areaIds.get(code)).filter((id): id is string => !!id),
        expertiseTags: seed.tags, languages: seed.languages, bio: seed.bio,
        consentToPhotograph: seed.consentToPhotograph, consentToPhotographDate: trainingDay,
      }),
    );
    if (practiceIds.length) {
      await manager.getRepository(ChampionPractice).save({ championId: champion.id, practiceId: practiceIds[i % practiceIds.length], role: seed.role });
    }
    for (const topic of TRAINING_TOPICS) {
      await manager.getRepository(ChampionTraining).save({
        championId: champion.id, topic, date: trainingDay, completed: seed.trained,
        trainerPersonId: trainer?.id ?? null, trainerName: trainer ? null : 'PROCASUR training team',
        notes: seed.trained ? null : 'Could not attend; to be rescheduled before the route.',
      });
    }
    if (route) {
      for (const [j, rating] of (seed.ratings ?? []).entries()) {
        const author = authors[j % Math.max(authors.length, 1)];
        if (!author) break;
        await manager.getRepository(ChampionFeedback).save({
          championId: champion.id, routeId: route.id, authorUserId: author.id, rating,
          comment: rating >= 4 ? 'Clear, practical and generous with examples from the field.' : 'Good content; the session ran short of time for questions.',
          sessionLabel: 'Field visit',
        });
      }
    }
  }
}

export async function seedChampionsDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  // Feedback comes from users allowed to leave it; each rates a champion once per route.
  const authors = await manager.getRepository(User).find({ where: { role: In([Role.REVIEWER, Role.PARTICIPANT, Role.ADMIN]) }, order: { email: 'ASC' } });
  await seedRoute(manager, PERU, 'PE', '2014-05-20', authors);
  await seedRoute(manager, SENEGAL, 'SN', '2014-09-22', authors);
  if (!(await manager.getRepository(ChampionPractice).count())) logger.warn('no demo practices found: champions were loaded without practice links');
}
