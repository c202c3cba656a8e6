// The answers are untyped JSON in three shapes; the normalisers read them as such.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The reads partners pull, asked of each server in its own words: the gateway's GraphQL,
 * PostGraphile's GraphQL (its names, its orderings), and a path of the bare server. Each has a
 * normaliser that turns an answer into the same plain rows, so the bench can check that all
 * three return the same data before it measures anything.
 */
export interface Workload {
  name: string;
  gateway: string;
  postgraphile: string;
  /** Path on the bare server. */
  bare: string;
  normalise: { gateway(data: any): unknown; postgraphile(data: any): unknown; bare(data: any): unknown };
}

const text = (value: unknown): string | null =>
  value && typeof value === 'object' ? ((value as Record<string, string>)['en'] ?? null) : ((value as string | null) ?? null);
const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

interface RouteRow {
  id: string;
  title: string | null;
  phase: string;
  startDate: string | null;
  endDate: string | null;
  workingLanguages: string[];
}
const route = (r: any): RouteRow => ({
  id: r.id,
  title: text(r.title),
  phase: r.phase,
  startDate: r.startDate,
  endDate: r.endDate,
  workingLanguages: (r.workingLanguages as string[]).map((l) => l.toLowerCase()),
});

const routes: Workload = {
  name: 'routes(first: 50) scalars',
  gateway: `{ routes(first: 50) { edges { node { id title phase startDate endDate workingLanguages } } } }`,
  postgraphile: `{ allLearningRoutes(first: 50, orderBy: [START_DATE_ASC, ID_ASC]) { nodes { id title phase startDate endDate workingLanguages } } }`,
  bare: '/routes?first=50',
  normalise: {
    gateway: (d) => d.routes.edges.map((e: any) => route(e.node)),
    postgraphile: (d) => d.allLearningRoutes.nodes.map(route),
    bare: (d) => d.routes.map(route),
  },
};

interface ProgrammeRow {
  id: string;
  name: string | null;
  routes: { id: string; title: string | null; host: { code: string; name: string | null } }[];
}
const programme = (id: string, name: unknown, list: any[], hostOf: (r: any) => any): ProgrammeRow => ({
  id,
  name: text(name),
  routes: list.map((r) => ({ id: r.id, title: text(r.title), host: { code: hostOf(r).code, name: text(hostOf(r).name) } })).sort(byKey((r) => r.id)),
});

const programmes: Workload = {
  name: 'programmes(20) → routes → host country',
  gateway: `{ programmes(first: 20) { edges { node { id name routes { id title hostCountry { code name } } } } } }`,
  postgraphile: `{ allProgrammes(first: 20, orderBy: [START_DATE_DESC, ID_ASC]) { nodes { id name learningRoutesByProgrammeId(orderBy: [START_DATE_ASC, ID_ASC]) { nodes { id title countryByHostCountryCode { code name } } } } } }`,
  bare: '/programmes?first=20',
  normalise: {
    gateway: (d) => d.programmes.edges.map((e: any) => programme(e.node.id, e.node.name, e.node.routes, (r) => r.hostCountry)),
    postgraphile: (d) => d.allProgrammes.nodes.map((p: any) => programme(p.id, p.name, p.learningRoutesByProgrammeId.nodes, (r) => r.countryByHostCountryCode)),
    bare: (d) => d.programmes.map((p: any) => programme(p.id, p.name, p.routes, (r) => r.hostCountry)),
  },
};

interface PracticeRow {
  id: string;
  title: string | null;
  assessments: { id: string; status: string; scores: { score: number; code: string }[] }[];
  champions: { role: string; person: string; organisation: string | null; trainings: { topic: string; date: string }[] }[];
}
const practice = (p: {
  id: string;
  title: unknown;
  assessments: { id: string; status: string; scores: { score: number; code: string }[] }[];
  champions: { role: string; givenName: string; familyName: string; organisation: string | null; trainings: { topic: string; date: string }[] }[];
}): PracticeRow => ({
  id: p.id,
  title: text(p.title),
  assessments: p.assessments.map((a) => ({ ...a, scores: [...a.scores].sort(byKey((s) => s.code)) })).sort(byKey((a) => a.id)),
  champions: p.champions
    .map((c) => ({ role: c.role, person: `${c.givenName} ${c.familyName}`, organisation: c.organisation, trainings: [...c.trainings].sort(byKey((t) => t.date + t.topic)) }))
    .sort(byKey((c) => c.person + c.role)),
});

const practices: Workload = {
  name: 'practices(20) → assessments → scores → criterion + champions → person → organisation, trainings',
  gateway: `{ practices(first: 20, sort: { field: CREATED_AT, direction: ASC }) { edges { node { id title
    assessments { id status scores { score criterion { code } } }
    champions { role champion { person { givenName familyName organisation { name } } trainings { topic date } } } } } } }`,
  postgraphile: `{ allPractices(first: 20, orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { id title
    assessmentsByPracticeId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { id status assessmentScoresByAssessmentId { nodes { score assessmentCriterionByCriterionId { code } } } } }
    championPracticesByPracticeId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { role championByChampionId {
      personByPersonId { givenName familyName organisationByOrganisationId { name } }
      championTrainingsByChampionId(orderBy: [DATE_ASC, ID_ASC]) { nodes { topic date } } } } } } } }`,
  bare: '/practices?first=20',
  normalise: {
    gateway: (d) =>
      d.practices.edges.map(({ node: p }: any) =>
        practice({
          id: p.id,
          title: p.title,
          assessments: p.assessments.map((a: any) => ({ id: a.id, status: a.status, scores: a.scores.map((s: any) => ({ score: s.score, code: s.criterion.code })) })),
          champions: p.champions.map((c: any) => ({
            role: c.role,
            givenName: c.champion.person.givenName,
            familyName: c.champion.person.familyName,
            organisation: c.champion.person.organisation?.name ?? null,
            trainings: c.champion.trainings,
          })),
        }),
      ),
    postgraphile: (d) =>
      d.allPractices.nodes.map((p: any) =>
        practice({
          id: p.id,
          title: p.title,
          assessments: p.assessmentsByPracticeId.nodes.map((a: any) => ({
            id: a.id,
            status: a.status,
            scores: a.assessmentScoresByAssessmentId.nodes.map((s: any) => ({ score: s.score, code: s.assessmentCriterionByCriterionId.code })),
          })),
          champions: p.championPracticesByPracticeId.nodes.map((c: any) => ({
            role: c.role,
            givenName: c.championByChampionId.personByPersonId.givenName,
            familyName: c.championByChampionId.personByPersonId.familyName,
            organisation: c.championByChampionId.personByPersonId.organisationByOrganisationId?.name ?? null,
            trainings: c.championByChampionId.championTrainingsByChampionId.nodes,
          })),
        }),
      ),
    bare: (d) => d.practices.map(practice),
  },
};

export const WORKLOADS: Workload[] = [routes, programmes, practices];
