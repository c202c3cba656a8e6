import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { Practice } from '@lr/server-practices';
import { addTraining, createChampion, createPerson, createRoute, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { errorOf, ok } from './helpers';

/**
 * Champions name people, practices, thematic areas and routes by id, without foreign keys into
 * other modules' tables; the guard refuses to delete what they still use.
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

  it('refuses to delete a person who is a champion or a trainer, until they no longer are', async () => {
    const champion = await createChampion(gw, admin);
    const trainerId = await createPerson(gw, admin);
    const training = await addTraining(gw, admin, champion.id, { trainerName: undefined, trainerPersonId: trainerId });
    expect(errorOf(await deletePerson(champion.personId), 'CONFLICT').message).toMatch(/person is still used by 1 champion record/);
    errorOf(await deletePerson(trainerId), 'CONFLICT');
    await ok(gw, `mutation($id: ID!) { deleteChampionTraining(id: $id, version: 1) }`, { id: training.id }, { token: admin });
    await ok(gw, `mutation($id: ID!) { deleteChampion(id: $id, version: 1) }`, { id: champion.id }, { token: admin });
    expect(dataOfDelete(await deletePerson(champion.personId))).toBe(champion.personId);
    expect(dataOfDelete(await deletePerson(trainerId))).toBe(trainerId);
  });

  it('refuses to delete a thematic area a champion is tagged with', async () => {
    const area = await ok(gw, `mutation { createThematicArea(input: { code: "guarded", name: { en: "Guarded" } }) { id } }`, {}, { token: admin });
    await createChampion(gw, admin, { thematicAreaIds: [area.id] });
    errorOf(await gw.graphql(`mutation($id: ID!) { deleteThematicArea(id: $id, version: 1) }`, { id: area.id }, { token: admin }), 'CONFLICT');
  });

  it('refuses to delete a route with feedback on its champions', async () => {
    const routeId = await createRoute(gw, admin);
    const { id } = await createChampion(gw, admin);
    await ok(gw, `mutation($c: ID!, $r: ID!) { addChampionFeedback(input: { championId: $c, routeId: $r, rating: 3 }) { id } }`, { c: id, r: routeId }, { token: admin });
    errorOf(await gw.graphql(`mutation($id: ID!) { deleteRoute(id: $id, version: 1) }`, { id: routeId }, { token: admin }), 'CONFLICT');
  });

  it('refuses to delete a practice a champion is linked to, and allows it once unlinked', async () => {
    const practiceId = await insertPractice(gw);
    const { id } = await createChampion(gw, admin);
    await linkPractice(gw, admin, id, practiceId);
    const repo = gw.dataSource.getRepository(Practice);
    await expect(repo.remove(await repo.findOneByOrFail({ id: practiceId }))).rejects.toThrow(/practice is still used by 1 champion record/);
    await ok(gw, `mutation($c: ID!, $p: ID!) { unlinkChampionPractice(championId: $c, practiceId: $p) }`, { c: id, p: practiceId }, { token: admin });
    await repo.remove(await repo.findOneByOrFail({ id: practiceId }));
    expect(await repo.existsBy({ id: practiceId })).toBe(false);
  });
});

function dataOfDelete(res: { data?: Record<string, unknown>; errors?: unknown[] }) {
  expect(res.errors).toBeUndefined();
  return res.data!['deletePerson'];
}
