/**
 * Demo data for delegations (seeds 000 §23, §28-30, §40; 001):
 * - the Peru and Senegal pilot routes each get five national teams of three, each with a
 *   government member, from the countries of the learning-needs table whose ranked needs fit
 *   the route best (the same table practice matching reads); a route team; one blogger;
 *   arrivals checked in on the first day;
 * - the planned Zambia civil-society route gets seven alliances of three, nominated, and its
 *   civil-society composition targets (21-24 participants from at least 7 alliances);
 * - a PARTICIPANT demo user, the Peru route's blogger (participant@learningroutes.org).
 *
 * The people, alliances and texts are invented (e-mail addresses on example.org).
 */
import { In, type EntityManager } from 'typeorm';
import { hashPassword, Role, StateChange, User, DEMO_ADMIN, type DemoSeedContext } from '@lr/server-core';
import { Country, Gender, LearningNeed, LearningRoute, Organisation, OrganisationType, Person, ThematicArea } from '@lr/server-core-domain';
import { CompositionSettings } from '../composition/composition-settings.entity';
import { DEFAULT_COMPOSITION } from '../composition/defaults';
import { RouteKind } from '../composition/route-kind';
import { Delegation } from '../delegations/delegation.entity';
import { DelegationKind } from '../delegations/delegation-kind';
import { Participant } from '../participants/participant.entity';
import { DecisionPower, ParticipantRole, Sector, SelectionStatus } from '../participants/participant-enums';
import { selectionMachine } from '../participants/selection-machine';
import { RouteTeamMember } from '../team/route-team-member.entity';
import { TeamRole } from '../team/team-role';
import { ALLIANCES, emailOf, NATIONAL_NAMES, TRANSLATORS, type NameSeed } from './demo-people';

export const DEMO_PARTICIPANT_EMAIL = 'participant@learningroutes.org';

const SECTORS_OF_A_TEAM = [Sector.GOVERNMENT, Sector.CIVIL_SOCIETY, Sector.UN] as const;

/**
 * The visiting countries that fit a route best: each country scores, for each of the route's
 * thematic areas, 7 minus the rank it gave that area (rank 1 of 6 scores 6); ties go by code.
 */
export function bestFittingCountries(needs: readonly { countryCode: string; thematicAreaId: string; rank: number }[], routeAreaIds: readonly string[], host: string, count: number): string[] {
  const score = new Map<string, number>();
  for (const n of needs) {
    if (n.countryCode === host || !routeAreaIds.includes(n.thematicAreaId)) continue;
    score.set(n.countryCode, (score.get(n.countryCode) ?? 0) + (7 - n.rank));
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([code]) => code);
}

async function save<T extends object>(manager: EntityManager, entity: new () => T, data: Partial<T>): Promise<T> {
  const repo = manager.getRepository(entity);
  return repo.save(repo.create(data as T));
}

async function person(manager: EntityManager, [givenName, familyName, gender, language]: NameSeed, countryCode: string, position: string, organisationId: string | null = null): Promise<Person> {
  const email = emailOf(givenName, familyName);
  const existing = await manager.getRepository(Person).findOneBy({ email });
  if (existing) return existing;
  return save(manager, Person, { givenName, familyName, gender, countryCode, languages: [language], position, email, organisationId, contactConsent: false });
}

async function history(manager: EntityManager, participant: Participant, moves: [SelectionStatus, SelectionStatus][], at: string, by: string) {
  for (const [from, to] of moves) {
    await save(manager, StateChange, { machine: selectionMachine.name, recordId: participant.id, fromState: from, toState: to, reason: null, changedBy: by, at: new Date(`${at}T10:00:00Z`) });
  }
}

interface NationalRouteSeed {
  host: string;
  decidedOn: string;
  /** Arrivals are checked in on the route's first day when it has taken place. */
  checkedIn: boolean;
  team: [string, TeamRole][];
  blogger: boolean;
}

const MOTIVATION: Record<Sector, string> = {
  [Sector.GOVERNMENT]: 'Our national plan asks districts to coordinate nutrition across sectors; I want to see how the host country made district committees work.',
  [Sector.CIVIL_SOCIETY]: 'Our alliance tracks nutrition budgets; I want to learn how communities here hold local governments to their commitments.',
  [Sector.UN]: 'I support the government’s multi-sectoral platform and want to bring back tools other partners can use.',
  [Sector.DONOR]: 'We fund nutrition-sensitive programmes and want to understand what makes them scale.',
  [Sector.BUSINESS]: 'We want to understand where business can help community nutrition.',
  [Sector.ACADEMIA]: 'We evaluate nutrition programmes and want to learn from the host’s monitoring.',
};

/**
 * Three of a country's six people for a team, none already on another route: teams alternate
 * two women and one man, one woman and two men, so the route's gender balance holds.
 */
function pickTeam(code: string, teamIndex: number, used: Set<string>): NameSeed[] {
  const free = (NATIONAL_NAMES[code] ?? []).filter(([given, family]) => !used.has(emailOf(given, family)));
  const women = teamIndex % 2 === 0 ? 2 : 1;
  const byGender = (female: boolean) => free.filter(([, , gender]) => (gender === Gender.FEMALE) === female);
  const picked = [...byGender(true).slice(0, women), ...byGender(false).slice(0, 3 - women)];
  for (const extra of free) if (picked.length < 3 && !picked.includes(extra)) picked.push(extra);
  for (const [given, family] of picked) used.add(emailOf(given, family));
  return picked;
}

async function seedNationalRoute(manager: EntityManager, route: LearningRoute, seed: NationalRouteSeed, needs: LearningNeed[], used: Set<string>): Promise<void> {
  const countries = bestFittingCountries(needs, route.thematicAreaIds, seed.host, DEFAULT_COMPOSITION.nationalTeams);
  const names = await manager.getRepository(Country).findBy({ code: In(countries) });
  let bloggerChosen = !seed.blogger;
  for (const [teamIndex, code] of countries.entries()) {
    const country = names.find((c) => c.code === code);
    const delegation = await save(manager, Delegation, { routeId: route.id, name: country?.name.en ?? code, kind: DelegationKind.NATIONAL_TEAM, countryCode: code, organisationIds: [], notes: null });
    const people = pickTeam(code, teamIndex, used);
    for (const [i, seedPerson] of people.entries()) {
      const sector = SECTORS_OF_A_TEAM[i];
      const p = await person(manager, seedPerson, code, sector === Sector.GOVERNMENT ? 'Nutrition focal point, ministry of health' : sector === Sector.UN ? 'Nutrition officer' : 'Programme officer');
      if (i === 0) {
        delegation.headPersonId = p.id;
        await manager.getRepository(Delegation).save(delegation);
      }
      const blogger = !bloggerChosen && sector === Sector.CIVIL_SOCIETY;
      bloggerChosen ||= blogger;
      const participant = await save(manager, Participant, {
        delegationId: delegation.id,
        routeId: route.id,
        personId: p.id,
        sector,
        position: p.position,
        decisionPower: sector === Sector.GOVERNMENT ? DecisionPower.HIGH : DecisionPower.MEDIUM,
        motivation: MOTIVATION[sector],
        applicationContext: `District nutrition committees in ${country?.name.en ?? code}`,
        commitmentBefore: 'Read the practices’ case documents; gather our country’s questions.',
        commitmentDuring: 'Take part in every field visit; draft the team’s action plan.',
        commitmentAfter: 'Present what we learnt to our national platform within a month.',
        roles: blogger ? [ParticipantRole.BLOGGER] : [],
        status: SelectionStatus.SELECTED,
        consentPersonalData: true,
        consentPersonalDataDate: seed.decidedOn,
        consentPersonalDataBy: 'Ada Admin',
        consentPhotosAndMedia: i !== 2,
        consentPhotosAndMediaDate: seed.decidedOn,
        consentPhotosAndMediaBy: 'Ada Admin',
        consentSharePlan: true,
        consentSharePlanDate: seed.decidedOn,
        consentSharePlanBy: 'Ada Admin',
        checkedInAt: seed.checkedIn && route.startDate ? new Date(`${route.startDate}T${String(9 + i).padStart(2, '0')}:30:00Z`) : null,
        checkedInBy: seed.checkedIn ? 'Carolina Fuentes' : null,
      });
      await history(manager, participant, [[SelectionStatus.NOMINATED, SelectionStatus.SELECTED]], seed.decidedOn, 'Ada Admin');
      if (blogger && seed.host === 'PE') await linkDemoParticipantUser(manager, p);
    }
  }
  await seedTeam(manager, route, seed.team, seed.host);
}

async function seedTeam(manager: EntityManager, route: LearningRoute, team: [string, TeamRole][], host: string) {
  for (const [email, role] of team) {
    const member = await manager.getRepository(Person).findOneBy({ email });
    if (member) await save(manager, RouteTeamMember, { routeId: route.id, personId: member.id, role });
  }
  const translator = TRANSLATORS[host];
  if (translator) {
    const p = await person(manager, translator, host, 'Conference interpreter');
    await save(manager, RouteTeamMember, { routeId: route.id, personId: p.id, role: TeamRole.TRANSLATOR });
  }
}

/** The demo participant can sign in and see their route, delegation and profile. */
async function linkDemoParticipantUser(manager: EntityManager, p: Person) {
  const repo = manager.getRepository(User);
  if (await repo.existsBy({ email: DEMO_PARTICIPANT_EMAIL })) return;
  const passwordHash = await hashPassword(DEMO_ADMIN.password);
  await repo.save(
    repo.create({ email: DEMO_PARTICIPANT_EMAIL, displayName: `${p.givenName} ${p.familyName}`, role: Role.PARTICIPANT, modules: [], passwordHash, active: true, lastLoginAt: null, personId: p.id }),
  );
}

async function seedCivilSocietyRoute(manager: EntityManager, route: LearningRoute) {
  await save(manager, CompositionSettings, { routeId: route.id, ...DEFAULT_COMPOSITION, routeKind: RouteKind.CIVIL_SOCIETY });
  for (const alliance of ALLIANCES) {
    const organisation =
      (await manager.getRepository(Organisation).findOneBy({ acronym: alliance.acronym })) ??
      (await save(manager, Organisation, { name: alliance.name, acronym: alliance.acronym, type: OrganisationType.CIVIL_SOCIETY_ALLIANCE, countryCode: alliance.country, website: null }));
    const delegation = await save(manager, Delegation, {
      routeId: route.id,
      name: alliance.acronym,
      kind: DelegationKind.CIVIL_SOCIETY_ALLIANCE,
      countryCode: alliance.country,
      organisationIds: [organisation.id],
      notes: null,
    });
    for (const [i, seedPerson] of alliance.members.entries()) {
      const p = await person(manager, seedPerson, alliance.country, i === 0 ? 'Alliance coordinator' : 'Advocacy officer', organisation.id);
      if (i === 0) {
        delegation.headPersonId = p.id;
        await manager.getRepository(Delegation).save(delegation);
      }
      await save(manager, Participant, {
        delegationId: delegation.id,
        routeId: route.id,
        personId: p.id,
        sector: Sector.CIVIL_SOCIETY,
        position: p.position,
        decisionPower: i === 0 ? DecisionPower.HIGH : DecisionPower.MEDIUM,
        motivation: MOTIVATION[Sector.CIVIL_SOCIETY],
        roles: [],
        status: SelectionStatus.NOMINATED,
      });
    }
  }
  await seedTeam(manager, route, [['carolina.fuentes@example.org', TeamRole.PROJECT_LEADER], ['david.otieno@example.org', TeamRole.METHODOLOGICAL_COORDINATOR]], 'ZM');
}

export async function seedDelegationsDemo({ manager, logger }: DemoSeedContext): Promise<void> {
  const routes = await manager.getRepository(LearningRoute).find({ order: { startDate: 'ASC' } });
  const needs = await manager.getRepository(LearningNeed).find();
  const areas = await manager.getRepository(ThematicArea).find();
  if (!needs.length || !areas.length) logger.warn('no learning needs found: national teams cannot be chosen');
  const team: [string, TeamRole][] = [
    ['carolina.fuentes@example.org', TeamRole.PROJECT_LEADER],
    ['david.otieno@example.org', TeamRole.METHODOLOGICAL_COORDINATOR],
    ['helene.marchand@example.org', TeamRole.TECHNICAL_COORDINATOR],
  ];
  const used = new Set<string>();
  for (const route of routes) {
    if (route.hostCountryCode === 'PE') await seedNationalRoute(manager, route, { host: 'PE', decidedOn: '2014-05-02', checkedIn: true, team, blogger: true }, needs, used);
    else if (route.hostCountryCode === 'SN') await seedNationalRoute(manager, route, { host: 'SN', decidedOn: '2014-09-05', checkedIn: true, team, blogger: true }, needs, used);
    else if (route.hostCountryCode === 'ZM') await seedCivilSocietyRoute(manager, route);
  }
  // Every other demo route gets the default targets stored, as a route made through the API does.
  await manager.createQueryBuilder().insert().into(CompositionSettings).values(routes.map((route) => ({ routeId: route.id, ...DEFAULT_COMPOSITION }))).orIgnore().execute();
}
