import type { Response } from 'express';
import { assertAllowed, eachRow, filterFromQuery, isPartner, localize, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadOrganisation, loadRoute } from '@lr/server-core-domain';
import { loadPractice, PracticeStatus } from '@lr/server-practices';
import type { ScalingStory } from './scaling-story.entity';
import { ScalingStoryFilter } from './scaling-story.inputs';
import { STORY_SORT, storiesQuery } from './scaling-story.service';

interface StoryRow {
  story: ScalingStory;
  title: string | null;
  result: string | null;
  practice: string | null;
  route: string | null;
  adaptedBy: string | null;
}

const COLUMNS: CsvColumn<StoryRow>[] = [
  { header: 'story_id', value: (r) => r.story.id },
  { header: 'title', value: (r) => r.title },
  { header: 'practice', value: (r) => r.practice },
  { header: 'route', value: (r) => r.route },
  { header: 'adapted_by', value: (r) => r.adaptedBy },
  { header: 'country_code', value: (r) => r.story.countryCode },
  { header: 'locality', value: (r) => r.story.locality },
  { header: 'documented_on', value: (r) => r.story.documentedOn },
  { header: 'result', value: (r) => r.result },
  { header: 'evidence_url', value: (r) => r.story.evidenceUrl },
];

/** The practice's title as `ScalingStory.practice` gives it: partners see published practices only. */
async function practiceTitle(ctx: RequestContext, practiceId: string): Promise<string | null> {
  const practice = await loadPractice(ctx, practiceId);
  if (!practice || (isPartner(ctx.principal) && practice.status !== PracticeStatus.PUBLISHED)) return null;
  return localize(practice.title, ctx.language);
}

/**
 * `GET /follow-up/stories.csv?<scalingStories(filter:) fields>`: the scaling-up stories the list
 * shows the caller (participants those of their routes), most recently documented first.
 */
export async function exportStoriesCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['READ'], 'stories.csv');
  const filter = await filterFromQuery(ScalingStoryFilter, query);
  const rows = eachRow(rowsInPages(await storiesQuery(ctx, filter), STORY_SORT), (stories) =>
    Promise.all(
      stories.map(async (story): Promise<StoryRow> => {
        const [practice, route, organisation] = await Promise.all([
          practiceTitle(ctx, story.practiceId),
          story.routeId ? loadRoute(ctx, story.routeId) : null,
          story.adaptedByOrganisationId ? loadOrganisation(ctx, story.adaptedByOrganisationId) : null,
        ]);
        return {
          story,
          title: localize(story.title, ctx.language),
          result: localize(story.result, ctx.language),
          practice,
          route: route ? localize(route.title, ctx.language) : null,
          adaptedBy: organisation?.name ?? null,
        };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'stories.csv', columns: COLUMNS, rows });
}

/** The scaling-up stories list as CSV (issue 14). */
export function mountStoriesCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/follow-up/stories.csv',
    handle((req, res, ctx) => exportStoriesCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
