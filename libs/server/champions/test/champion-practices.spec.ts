import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createChampion, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { UNKNOWN_ID, errorOf, fieldsOf, ok } from './helpers';

const PRACTICES = `query($id: ID!) {
  champion(id: $id) { practices { role championId practiceId practice { id status champions { role champion { id } } } } }
}`;
const UNLINK = `mutation($c: ID!, $p: ID!) { unlinkChampionPractice(championId: $c, practiceId: $p) }`;

describe('linking champions to practices', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core', 'champions']);
  });
  afterAll(() => gw.close());

  it('links a champion to practices with a role, readable from both sides', async () => {
    const ana = await createChampion(gw, editor);
    const ben = await createChampion(gw, editor);
    const kitchens = await insertPractice(gw);
    const gardens = await insertPractice(gw);
    await linkPractice(gw, editor, ana.id, kitchens, 'LEADER');
    await linkPractice(gw, editor, ana.id, gardens, 'IMPLEMENTER');
    await linkPractice(gw, editor, ben.id, kitchens, 'COMMUNITY_MEMBER');
    const { practices } = await ok(gw, PRACTICES, { id: ana.id }, { token: editor });
    expect(practices).toEqual([
      {
        role: 'LEADER', championId: ana.id, practiceId: kitchens,
        practice: { id: kitchens, status: 'PUBLISHED', champions: [{ role: 'LEADER', champion: { id: ana.id } }, { role: 'COMMUNITY_MEMBER', champion: { id: ben.id } }] },
      },
      { role: 'IMPLEMENTER', championId: ana.id, practiceId: gardens, practice: { id: gardens, status: 'PUBLISHED', champions: [{ role: 'IMPLEMENTER', champion: { id: ana.id } }] } },
    ]);
  });

  it('changes the role when the same pair is linked again, keeping one link', async () => {
    const { id } = await createChampion(gw, editor);
    const practiceId = await insertPractice(gw);
    const first = await linkPractice(gw, editor, id, practiceId, 'IMPLEMENTER');
    const second = await linkPractice(gw, editor, id, practiceId, 'OFFICIAL');
    expect(second).toEqual({ id: first.id, role: 'OFFICIAL' });
    const [{ n }] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM champion_practice WHERE champion_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('unlinks, and says NOT_FOUND for a link that is not there', async () => {
    const { id } = await createChampion(gw, editor);
    const practiceId = await insertPractice(gw);
    const link = await linkPractice(gw, editor, id, practiceId);
    expect(await ok(gw, UNLINK, { c: id, p: practiceId }, { token: editor })).toBe(link.id);
    expect((await ok(gw, PRACTICES, { id }, { token: editor })).practices).toEqual([]);
    errorOf(await gw.graphql(UNLINK, { c: id, p: practiceId }, { token: editor }), 'NOT_FOUND');
  });

  it('refuses unknown champions and practices, and unknown roles, with field paths', async () => {
    const { id } = await createChampion(gw, editor);
    const link = `mutation($input: LinkChampionPracticeInput!) { linkChampionPractice(input: $input) { id } }`;
    expect(fieldsOf(await gw.graphql(link, { input: { championId: UNKNOWN_ID, practiceId: UNKNOWN_ID, role: 'LEADER' } }, { token: editor }))).toEqual([
      { path: 'input.championId', message: `no champion has the id ${UNKNOWN_ID}` },
      { path: 'input.practiceId', message: `no practice has the id ${UNKNOWN_ID}` },
    ]);
    const res = await gw.graphql(link, { input: { championId: id, practiceId: UNKNOWN_ID, role: 'HERO' } }, { token: editor });
    expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
