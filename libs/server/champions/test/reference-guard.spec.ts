import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { Practice } from '@lr/server-practices';
import { addTraining, createChampion, createPerson, createRoute, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { errorOf, ok } from './helpers';

/**
 * Champions name people, practices, thematic areas and routes; the module's reference rules
 * refuse to delete what they still use, naming what refers to it, and change nothing.
 */
describe('records champions still use cannot be deleted', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  const deletePerson = (id: string) => gw.graphql(`mutation($id: ID!) { deletePerson(id: $id, version: 1) }`, { id }, { token: admin });
  const count = async (sql: string, params: unknown[]) => ((await gw.dataSource.query(sql, params)) as { n: number }[])[0].n;

  it('refuses to delete a person who is a champion or a trainer, changing nothing, until they no longer are', async () => {
    const champion = await createChampion(gw, admin);
    const trainerId = await createPerson(gw, admin);
    const training = await addTraining(gw, admin, champion.id, { trainerName: undefined, trainerPersonId: trainerId });
    const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_entry`, []);

    const refused = errorOf(await deletePerson(champion.personId), 'CONFLICT');
    expect(refused.message).toMatch(/This person \([^)]+\) is still referred to by 1 champion\b/);
    expect(refused.extensions).toMatchObject({ references: [{ entity: 'Champion', count: 1 }] });
    const trainerRefused = errorOf(await deletePerson(trainerId), 'CONFLICT');
    expect(trainerRefused.message).toMatch(/1 champion training \(as trainer\)/);

    // Nothing changed: the people, the champion and the training are there, unchanged, and nothing was audited.
    expect(await count(`SELECT count(*)::int AS n FROM person WHERE id IN ($1, $2) AND version = 1`, [champion.personId, trainerId])).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM champion WHERE id = $1 AND version = $2`, [champion.id, champion.version])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM champion_training WHERE id = $1`, [training.id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry`, [])).toBe(auditBefore);

    await ok(gw, `mutation($id: ID!) { deleteChampionTraining(id: $id, version: 1) }`, { id: training.id }, { token: admin });
    await ok(gw, `mutation($id: ID!) { deleteChampion(id: $id, version: 1) }`, { id: champion.id }, { token: admin });
    expect(dataOfDelete(await deletePerson(champion.personId))).toBe(champion.personId);
    expect(dataOfDelete(await deletePerson(trainerId))).toBe(trainerId);
  });

  it('backs the rule with foreign keys to the core tables', async () => {
    const champion = await createChampion(gw, admin);
    await expect(gw.dataSource.query(`DELETE FROM person WHERE id = $1`, [champion.personId])).rejects.toThrow(/fk_champion_person/);
  });

  it('refuses to delete a thematic area a champion is tagged with', async () => {
    const area = await ok(gw, `mutation { createThematicArea(input: { code: "guarded", name: { en: "Guarded" } }) { id } }`, {}, { token: admin });
    await createChampion(gw, admin, { thematicAreaIds: [area.id] });
    const refused = errorOf(await gw.graphql(`mutation($id: ID!) { deleteThematicArea(id: $id, version: 1) }`, { id: area.id }, { token: admin }), 'CONFLICT');
    expect(refused.message).toMatch(/1 champion\b/);
    expect(await count(`SELECT count(*)::int AS n FROM thematic_area WHERE id = $1`, [area.id])).toBe(1);
  });

  it('refuses to delete a route with feedback on its champions', async () => {
    const routeId = await createRoute(gw, admin);
    const { id } = await createChampion(gw, admin);
    await ok(gw, `mutation($c: ID!, $r: ID!) { addChampionFeedback(input: { championId: $c, routeId: $r, rating: 3 }) { id } }`, { c: id, r: routeId }, { token: admin });
    const refused = errorOf(await gw.graphql(`mutation($id: ID!) { deleteRoute(id: $id, version: 1) }`, { id: routeId }, { token: admin }), 'CONFLICT');
    expect(refused.message).toMatch(/1 champion feedback\b/);
    expect(await count(`SELECT count(*)::int AS n FROM learning_route WHERE id = $1`, [routeId])).toBe(1);
  });

  it('refuses to delete a practice a champion is linked to, and allows it once unlinked', async () => {
    const practiceId = await insertPractice(gw);
    const { id } = await createChampion(gw, admin);
    await linkPractice(gw, admin, id, practiceId);
    const repo = gw.dataSource.getRepository(Practice);
    await expect(repo.remove(await repo.findOneByOrFail({ id: practiceId }))).rejects.toThrow(/practice \(Practice-[^)]*\) is still referred to by 1 champion link\b/);
    expect(await repo.existsBy({ id: practiceId })).toBe(true);
    await ok(gw, `mutation($c: ID!, $p: ID!) { unlinkChampionPractice(championId: $c, practiceId: $p) }`, { c: id, p: practiceId }, { token: admin });
    await repo.remove(await repo.findOneByOrFail({ id: practiceId }));
    expect(await repo.existsBy({ id: practiceId })).toBe(false);
  });
});

function dataOfDelete(res: { data?: Record<string, unknown>; errors?: unknown[] }) {
  expect(res.errors).toBeUndefined();
  return res.data!['deletePerson'];
}
