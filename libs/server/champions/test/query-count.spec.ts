import { Role } from '@lr/server-core';
import { countStatements, queryDepth, type TestGateway } from '@lr/server-core/testing';
import { addTraining, createRoute, insertPractice, startChampionsGateway } from './champions-gateway';
import { ok } from './helpers';

const CHAMPIONS = `query($first: Int!) {
  champions(first: $first) {
    totalCount
    edges { node {
      id bio contactEmail
      person { fullName email country { name } organisation { name } }
      thematicAreas { code }
      practices { role practice { id status champions { role } } }
      trainings { topic trainer }
      trained averageRating feedbackCount
    } }
  }
}`;

// The deepest read a partner pulls: practices, their champions, each champion's person and
// organisation, and their trainings.
const DEEPEST = `query($first: Int!) {
  practices(first: $first) {
    edges { node { title champions { role champion { person { fullName organisation { name } } trainings { topic } } } } }
  }
}`;

describe('SQL statements per request stay bounded', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    // Whole pages of 100 with every nested list: far over a partner's budget, counted here on purpose.
    gw = await startChampionsGateway({ MAX_QUERY_COST: '1000000' });
    admin = await gw.tokenFor(Role.ADMIN);
    const area = await ok(gw, `mutation { createThematicArea(input: { code: "qc", name: { en: "QC" } }) { id } }`, {}, { token: admin });
    const org = await ok(gw, `mutation { createOrganisation(input: { name: "Org", type: NGO, countryCode: "PE" }) { id } }`, {}, { token: admin });
    const practices = [await insertPractice(gw), await insertPractice(gw), await insertPractice(gw)];
    const routeId = await createRoute(gw, admin);
    const trainer = await ok(gw, `mutation { createPerson(input: { givenName: "T", familyName: "Trainer" }) { id } }`, {}, { token: admin });
    const authors = [await gw.tokenFor(Role.PARTICIPANT), await gw.tokenFor(Role.REVIEWER)];
    for (let i = 0; i < 100; i += 1) {
      const person = await ok(
        gw,
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { givenName: 'Champion', familyName: String(i).padStart(3, '0'), countryCode: i % 2 ? 'PE' : 'SN', organisationId: org.id, email: `c${i}@example.org` } },
        { token: admin },
      );
      const champion = await ok(
        gw,
        `mutation($input: CreateChampionInput!) { createChampion(input: $input) { id } }`,
        { input: { personId: person.id, thematicAreaIds: [area.id], bio: { en: `Bio ${i}` }, consentToContact: i % 3 === 0 } },
        { token: admin },
      );
      await ok(gw, `mutation($c: ID!, $p: ID!) { linkChampionPractice(input: { championId: $c, practiceId: $p, role: LEADER }) { id } }`, { c: champion.id, p: practices[i % 3] }, { token: admin });
      if (i % 2) await addTraining(gw, admin, champion.id, i % 4 === 1 ? { trainerName: undefined, trainerPersonId: trainer.id } : {});
      if (i % 5 === 0) {
        for (const token of authors) await ok(gw, `mutation($c: ID!, $r: ID!) { addChampionFeedback(input: { championId: $c, routeId: $r, rating: 4 }) { id } }`, { c: champion.id, r: routeId }, { token });
      }
    }
  });
  afterAll(() => gw.close());

  async function statements(first: number, options: { token?: string; apiKey?: string }) {
    const { count, data } = await countStatements(gw, CHAMPIONS, { first }, options);
    expect(data['champions'].edges).toHaveLength(first);
    return { count, edges: data['champions'].edges };
  }

  it('lists 100 champions with person, practices, trainings and rating in as many statements as 5', async () => {
    const five = await statements(5, { token: admin });
    const hundred = await statements(100, { token: admin });
    expect(hundred.count).toBe(five.count);
    // Page (people, their countries and organisations joined in), total, then one statement per
    // relation: people for the contact fields, areas, links, practices, the practices' links,
    // trainings, trainers, ratings.
    expect(hundred.count).toBeLessThanOrEqual(11);
  });

  it('actually resolves the nested fields it counts', async () => {
    const { edges } = await statements(100, { token: admin });
    const first = edges[0].node;
    expect(first).toMatchObject({
      bio: 'Bio 0',
      contactEmail: 'c0@example.org',
      person: { fullName: 'Champion 000', country: { name: 'Senegal' }, organisation: { name: 'Org' } },
      thematicAreas: [{ code: 'qc' }],
      practices: [{ role: 'LEADER', practice: { status: 'PUBLISHED' } }],
      trainings: [],
      trained: false,
      averageRating: 4,
      feedbackCount: 2,
    });
    expect(first.practices[0].practice.champions).toHaveLength(34);
    expect(edges[1].node).toMatchObject({ trained: true, trainings: [{ topic: 'Public speaking', trainer: 'T Trainer' }], feedbackCount: 0, averageRating: null });
    expect(edges.filter((e: any) => e.node.trained)).toHaveLength(50);
  });

  it('applies the privacy policy to a whole page without extra statements', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['champions']);
    const five = await statements(5, { token: editor });
    const hundred = await statements(100, { token: editor });
    expect(hundred.count).toBe(five.count);
    expect(hundred.count).toBeLessThanOrEqual(11);
    // Sorted by family name ("000"…"099"): the n-th champion consented when n % 3 === 0.
    hundred.edges.forEach((e: any, i: number) => {
      const email = i % 3 === 0 ? `c${i}@example.org` : null;
      expect([i, e.node.contactEmail, e.node.person.email]).toEqual([i, email, email]);
    });
  });

  it('reads the deepest query in no more statements than it is deep, whatever the page size', async () => {
    const one = await countStatements(gw, DEEPEST, { first: 1 }, { token: admin });
    const three = await countStatements(gw, DEEPEST, { first: 3 }, { token: admin });
    expect(three.count).toBe(one.count);
    expect(three.count).toBeLessThanOrEqual(queryDepth(DEEPEST));
    // The page, the champion links with champion, person and organisation joined in, the trainings.
    expect(three.count).toBe(3);
    const champions = three.data['practices'].edges.flatMap((e: any) => e.node.champions);
    expect(champions).toHaveLength(100);
    expect(champions[0]).toMatchObject({ role: 'LEADER', champion: { person: { organisation: { name: 'Org' } } } });
    expect(champions.filter((c: any) => c.champion.trainings.length > 0)).toHaveLength(50);
  });
});
