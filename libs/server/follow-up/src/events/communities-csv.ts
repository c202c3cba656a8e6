import type { Response } from 'express';
import { assertAllowed, eachRow, filterFromQuery, localize, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadRoute } from '@lr/server-core-domain';
import type { CommunityOfPractice } from './community-of-practice.entity';
import { CommunityOfPracticeFilter } from './community-of-practice.inputs';
import { COMMUNITY_SORT, communitiesQuery } from './community-of-practice.service';

interface CommunityRow {
  community: CommunityOfPractice;
  description: string | null;
  routes: string;
}

const COLUMNS: CsvColumn<CommunityRow>[] = [
  { header: 'community_id', value: (r) => r.community.id },
  { header: 'name', value: (r) => r.community.name },
  { header: 'routes', value: (r) => r.routes },
  { header: 'member_count', value: (r) => r.community.memberCount },
  { header: 'started_on', value: (r) => r.community.startedOn },
  { header: 'url', value: (r) => r.community.url },
  { header: 'description', value: (r) => r.description },
];

/**
 * `GET /follow-up/communities.csv?<communitiesOfPractice(filter:) fields>`: the communities of
 * practice the list shows the caller (participants those grown from their routes), by name;
 * the routes they grew from in one cell, separated by `; `.
 */
export async function exportCommunitiesCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['READ'], 'communities.csv');
  const filter = await filterFromQuery(CommunityOfPracticeFilter, query);
  const rows = eachRow(rowsInPages(await communitiesQuery(ctx, filter), COMMUNITY_SORT), (communities) =>
    Promise.all(
      communities.map(async (community): Promise<CommunityRow> => {
        const routes = await Promise.all(community.routeIds.map((id) => loadRoute(ctx, id)));
        return {
          community,
          description: localize(community.description, ctx.language),
          routes: routes.flatMap((r) => (r ? [localize(r.title, ctx.language) ?? ''] : [])).join('; '),
        };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'communities.csv', columns: COLUMNS, rows });
}

/** The communities of practice list as CSV (issue 14). */
export function mountCommunitiesCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/follow-up/communities.csv',
    handle((req, res, ctx) => exportCommunitiesCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
