import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addTraining, attachCase, createChampion, createPerson, createRoute, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { UNKNOWN_ID, errorOf, fieldsOf, ok } from './helpers';

const UPDATE = `mutation($input: UpdateChampionTrainingInput!) { updateChampionTraining(input: $input) { id version topic completed trainer trainerPersonId notes } }`;
const TRAININGS = `query($id: ID!) { champion(id: $id) { trained trainings { topic date completed trainer trainerPerson { fullName } notes } } }`;
const READINESS = `query($r: ID!) {
  championReadiness(routeId: $r) {
    routeId route { id } championCount trainedCount needTrainingCount needTraining { person { familyName } }
    practices { practice { id } championCount trainedCount needTrainingCount champions { person { familyName } } needTraining { person { familyName } } }
  }
}`;

describe('training records', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core', 'champions']);
  });
  afterAll(() => gw.close());

  it('adds trainings with a named trainer or a person on record; any completed one makes the champion trained', async () => {
    const { id } = await createChampion(gw, editor);
    const trainerId = await createPerson(gw, editor, { givenName: 'Carolina', familyName: 'Fuentes' });
    await addTraining(gw, editor, id, { topic: 'Pedagogical tools', date: '2014-05-21', completed: false, trainerName: undefined, trainerPersonId: trainerId });
    expect((await ok(gw, TRAININGS, { id }, { token: editor })).trained).toBe(false);
    await addTraining(gw, editor, id, { topic: ' Public speaking ', date: '2014-05-20', notes: ' Very confident ' });
    expect(await ok(gw, TRAININGS, { id }, { token: editor })).toEqual({
      trained: true,
      trainings: [
        { topic: 'Public speaking', date: '2014-05-20', completed: true, trainer: 'PROCASUR', trainerPerson: null, notes: 'Very confident' },
        { topic: 'Pedagogical tools', date: '2014-05-21', completed: false, trainer: 'Carolina Fuentes', trainerPerson: { fullName: 'Carolina Fuentes' }, notes: null },
      ],
    });
  });

  it('updates and deletes a training by version; a stale version is a CONFLICT', async () => {
    const { id } = await createChampion(gw, editor);
    const training = await addTraining(gw, editor, id, { completed: false });
    const updated = await ok(gw, UPDATE, { input: { id: training.id, version: training.version, completed: true, notes: 'Done', trainerName: null } }, { token: editor });
    expect(updated).toMatchObject({ version: training.version + 1, completed: true, trainer: null, notes: 'Done' });
    const stale = await gw.graphql(UPDATE, { input: { id: training.id, version: training.version, topic: 'Other' } }, { token: editor });
    expect(errorOf(stale, 'CONFLICT').extensions).toMatchObject({ expectedVersion: training.version, currentVersion: training.version + 1 });
    errorOf(await gw.graphql(`mutation($id: ID!) { deleteChampionTraining(id: $id, version: 1) }`, { id: training.id }, { token: editor }), 'CONFLICT');
    expect(await ok(gw, `mutation($id: ID!) { deleteChampionTraining(id: $id, version: 2) }`, { id: training.id }, { token: editor })).toBe(training.id);
    expect((await ok(gw, TRAININGS, { id }, { token: editor })).trainings).toEqual([]);
  });

  it('refuses inconsistent trainings with field paths', async () => {
    const { id } = await createChampion(gw, editor);
    const add = `mutation($input: AddChampionTrainingInput!) { addChampionTraining(input: $input) { id } }`;
    expect(
      fieldsOf(await gw.graphql(add, { input: { championId: UNKNOWN_ID, topic: 'T', date: '2999-01-01', completed: true, trainerName: 'A', trainerPersonId: UNKNOWN_ID } }, { token: editor })),
    ).toEqual([
      { path: 'input.championId', message: `no champion has the id ${UNKNOWN_ID}` },
      { path: 'input.trainerPersonId', message: `no person has the id ${UNKNOWN_ID}` },
      { path: 'input.trainerPersonId', message: 'name the trainer by trainerName or trainerPersonId, not both' },
      { path: 'input.date', message: 'a completed training cannot be dated in the future' },
    ]);
    expect(fieldsOf(await gw.graphql(add, { input: { championId: id, topic: '', date: '20-01-2014' } }, { token: editor })).map((f) => f.path)).toEqual(['input.topic', 'input.date']);
    // The rules hold for the record as it would be after an update too.
    const planned = await addTraining(gw, editor, id, { completed: false, date: '2999-01-01' });
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { id: planned.id, version: planned.version, completed: true } }, { token: editor }))).toEqual([
      { path: 'input.date', message: 'a completed training cannot be dated in the future' },
    ]);
  });
});

describe('championReadiness', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core', 'champions']);
  });
  afterAll(() => gw.close());

  it("lists, per case of the route, the champions who still need training, with counts; totals count each champion once", async () => {
    const routeId = await createRoute(gw, editor);
    const otherRoute = await createRoute(gw, editor);
    const [kitchens, gardens, empty, elsewhere] = [await insertPractice(gw), await insertPractice(gw), await insertPractice(gw), await insertPractice(gw)];
    for (const p of [kitchens, gardens, empty]) await attachCase(gw, routeId, p);
    await attachCase(gw, otherRoute, elsewhere);
    const ana = await createChampion(gw, editor, {}, { familyName: 'Ana' });
    const ben = await createChampion(gw, editor, {}, { familyName: 'Ben' });
    const cruz = await createChampion(gw, editor, {}, { familyName: 'Cruz' });
    const dina = await createChampion(gw, editor, {}, { familyName: 'Dina' });
    await linkPractice(gw, editor, ana.id, kitchens);
    await linkPractice(gw, editor, ben.id, kitchens);
    await linkPractice(gw, editor, ben.id, gardens);
    await linkPractice(gw, editor, cruz.id, gardens);
    await linkPractice(gw, editor, dina.id, elsewhere);
    await addTraining(gw, editor, ana.id, { completed: true });
    await addTraining(gw, editor, ben.id, { completed: false });
    await addTraining(gw, editor, dina.id, { completed: true });

    const names = (list: { person: { familyName: string } }[]) => list.map((c) => c.person.familyName);
    const readiness = await ok(gw, READINESS, { r: routeId }, { token: await gw.tokenFor(Role.VIEWER) });
    expect(readiness).toMatchObject({ routeId, route: { id: routeId }, championCount: 3, trainedCount: 1, needTrainingCount: 2 });
    expect(names(readiness.needTraining)).toEqual(['Ben', 'Cruz']);
    expect(
      readiness.practices.map((p: any) => ({ ...p, champions: names(p.champions), needTraining: names(p.needTraining) })),
    ).toEqual([
      { practice: { id: kitchens }, championCount: 2, trainedCount: 1, needTrainingCount: 1, champions: ['Ana', 'Ben'], needTraining: ['Ben'] },
      { practice: { id: gardens }, championCount: 2, trainedCount: 0, needTrainingCount: 2, champions: ['Ben', 'Cruz'], needTraining: ['Ben', 'Cruz'] },
      { practice: { id: empty }, championCount: 0, trainedCount: 0, needTrainingCount: 0, champions: [], needTraining: [] },
    ]);

    // Completing Ben's training moves him out of both lists.
    const [{ id, version }] = await gw.dataSource.query(`SELECT id, version FROM champion_training WHERE champion_id = $1`, [ben.id]);
    await ok(gw, UPDATE, { input: { id, version, completed: true } }, { token: editor });
    const after = await ok(gw, READINESS, { r: routeId }, { token: editor });
    expect({ trained: after.trainedCount, need: names(after.needTraining) }).toEqual({ trained: 2, need: ['Cruz'] });
  });

  it('is empty for a route without cases and NOT_FOUND for an unknown route', async () => {
    const routeId = await createRoute(gw, editor);
    expect(await ok(gw, READINESS, { r: routeId }, { token: editor })).toMatchObject({ championCount: 0, practices: [], needTraining: [] });
    errorOf(await gw.graphql(READINESS, { r: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
  });
});
