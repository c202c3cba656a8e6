import { platformModule, searchModule } from '@lr/server-core';
import { dataOf, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule } from '@lr/server-action-plans';
import { followUpModule } from '../src';
import { adminToken, createRoute } from './helpers';

/**
 * The search across modules pages through every match, however many one kind has (0015):
 * 150 tracked indicators and 3 scaling stories match, 133 of them with the very same rank.
 */
const SEARCH = `query($query: String!, $first: Int, $after: String, $kinds: [SearchKind!]) {
  search(query: $query, first: $first, after: $after, kinds: $kinds) {
    totalCount
    edges { node { kind id rank } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

interface Hit {
  kind: string;
  id: string;
  rank: number;
}
interface Page {
  search: { totalCount: number; edges: { node: Hit }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
}

describe('search paging beyond a hundred matches of a kind', () => {
  let gw: TestGateway;
  let admin: string;
  const indicatorIds = new Set<string>();
  const storyIds = new Set<string>();

  async function allPages(first: number, kinds?: string[]): Promise<{ hits: Hit[]; pages: Page['search'][] }> {
    const pages: Page['search'][] = [];
    let after: string | undefined;
    for (;;) {
      const page = dataOf<Page>(await gw.graphql<Page>(SEARCH, { query: 'quinoa harvest', first, after, kinds }, { token: admin })).search;
      pages.push(page);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
      if (pages.length > 60) throw new Error('paging does not end');
    }
    return { hits: pages.flatMap((p) => p.edges.map((e) => e.node)), pages };
  }

  /** Best first; equal ranks by kind, then id, byte by byte. */
  function expectRankedOrder(hits: Hit[]): void {
    for (let i = 1; i < hits.length; i += 1) {
      const [a, b] = [hits[i - 1], hits[i]];
      const inOrder = a.rank > b.rank || (a.rank === b.rank && (a.kind < b.kind || (a.kind === b.kind && a.id < b.id)));
      expect({ at: i, inOrder }).toEqual({ at: i, inOrder: true });
    }
  }

  beforeAll(async () => {
    const modules = [platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule, followUpModule];
    gw = await startTestGateway([...modules, searchModule(modules)]);
    admin = await adminToken(gw);
    const route = await createRoute(gw);
    // 130 indicators named alike (the same rank), 20 that say it only in their objective (ranked lower).
    const named: { id: string }[] = await gw.dataSource.query(
      `INSERT INTO tracked_indicator (programme_id, route_id, name, version) SELECT $1, $2, '{"en": "Quinoa harvest"}'::jsonb, 1 FROM generate_series(1, 130) RETURNING id`,
      [route.programmeId, route.id],
    );
    const described: { id: string }[] = await gw.dataSource.query(
      `INSERT INTO tracked_indicator (programme_id, route_id, name, objective, version)
       SELECT $1, $2, '{"en": "Family granaries"}'::jsonb, '{"en": "More quinoa harvest for families"}'::jsonb, 1 FROM generate_series(1, 20) RETURNING id`,
      [route.programmeId, route.id],
    );
    for (const { id } of [...named, ...described]) indicatorIds.add(id);
    // Stories titled alike: ranked equal to the 130, after them (kind SCALING_STORY sorts after INDICATOR).
    const [{ id: practiceId }] = await gw.dataSource.query(
      `INSERT INTO practice (title, country_code, level, status, version) VALUES ('{"en": "Andean crops"}'::jsonb, 'PE', 'COMMUNITY', 'PUBLISHED', 1) RETURNING id`,
    );
    const stories: { id: string }[] = await gw.dataSource.query(
      `INSERT INTO scaling_story (route_id, practice_id, country_code, title, result, version)
       SELECT $1, $2, 'PE', '{"en": "Quinoa harvest"}'::jsonb, '{"en": "Families ate better"}'::jsonb, 1 FROM generate_series(1, 3) RETURNING id`,
      [route.id, practiceId],
    );
    for (const { id } of stories) storyIds.add(id);
  }, 120_000);
  afterAll(() => gw?.close());

  it('reaches all 150 indicators of one kind, in pages of 100, counting them all', async () => {
    const { hits, pages } = await allPages(100, ['INDICATOR']);
    expect(pages.map((p) => p.edges.length)).toEqual([100, 50]);
    expect(pages.map((p) => p.totalCount)).toEqual([150, 150]);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true]);
    expect(new Set(hits.map((h) => h.id))).toEqual(indicatorIds);
    expect(hits).toHaveLength(150);
    expectRankedOrder(hits);
    // The 130 named alike first, all at one rank; the 20 that say it in their objective after them.
    expect(new Set(hits.slice(0, 130).map((h) => h.rank)).size).toBe(1);
    expect(hits[130].rank).toBeLessThan(hits[129].rank);
  });

  it('pages the union of kinds in small pages through ties across pages and kinds, each hit once', async () => {
    const whole = await allPages(100);
    const small = await allPages(7);
    expect(small.hits).toHaveLength(153);
    expect(new Set(small.hits.map((h) => h.id))).toEqual(new Set([...indicatorIds, ...storyIds]));
    expect(small.hits).toEqual(whole.hits);
    expect(new Set(small.pages.map((p) => p.totalCount))).toEqual(new Set([153]));
    expectRankedOrder(small.hits);
    // The stories share the 130 indicators' rank and come right after them.
    expect(small.hits.slice(130, 133).map((h) => h.kind)).toEqual(['SCALING_STORY', 'SCALING_STORY', 'SCALING_STORY']);
    expect(small.pages[small.pages.length - 1].pageInfo.hasNextPage).toBe(false);
  });
});
