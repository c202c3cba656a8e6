import { Role } from '@lr/server-core';
import { assertRealPostgres, type GraphqlResponse, type TestGateway } from '@lr/server-core/testing';
import { createChampion, createPerson, startChampionsGateway } from './champions-gateway';

const UPDATE = `mutation($input: UpdateChampionInput!) { updateChampion(input: $input) { id version } }`;
const CREATE = `mutation($input: CreateChampionInput!) { createChampion(input: $input) { id } }`;
const DELETE_PERSON = `mutation($id: ID!) { deletePerson(id: $id, version: 1) }`;
const outcome = (r: GraphqlResponse) => (r.errors?.length ? (r.errors[0].extensions?.['code'] as string) : 'ok');

/** Writes that race each other, on the real PostgreSQL where transactions run side by side. */
describe('concurrent writes to champions', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    assertRealPostgres(gw.database);
    editor = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  it('lets exactly one of several concurrent edits of the same version through', async () => {
    const { id, version } = await createChampion(gw, editor);
    const responses = await Promise.all(['a', 'b', 'c'].map((tag) => gw.graphql(UPDATE, { input: { id, version, expertiseTags: [tag] } }, { token: editor })));
    expect(responses.map(outcome).sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    const [row] = await gw.dataSource.query(`SELECT version FROM champion WHERE id = $1`, [id]);
    expect(row.version).toBe(version + 1);
  });

  it('never leaves a champion whose person was deleted at the same moment', async () => {
    for (let round = 0; round < 5; round += 1) {
      const personId = await createPerson(gw, editor);
      const [created, deleted] = await Promise.all([
        gw.graphql(CREATE, { input: { personId, languages: ['es'] } }, { token: editor }),
        gw.graphql(DELETE_PERSON, { id: personId }, { token: editor }),
      ]);
      // One of them wins; the other is refused with a reason, never both through.
      expect([outcome(created), outcome(deleted)]).toContainEqual('ok');
      expect([outcome(created), outcome(deleted)].filter((o) => o === 'ok')).toHaveLength(1);
      const [{ orphans }] = await gw.dataSource.query(
        `SELECT count(*)::int AS orphans FROM champion c WHERE c.person_id = $1 AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = c.person_id)`,
        [personId],
      );
      expect(orphans).toBe(0);
    }
  });
});
