import {
  cleanLocalized,
  findOrFail,
  hasSearch,
  loadForUpdate,
  NotFoundError,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  type Connection,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { CountryRef, OrganisationRef, RouteRef } from '@lr/server-core-domain';
import { PracticeRef } from '@lr/server-practices';
import { isWebAddress, mayReadRoute, routeLimit } from './events-access';
import { ScalingStory } from './scaling-story.entity';
import type { CreateScalingStoryInput, ScalingStoriesArgs, ScalingStoryFilter, UpdateScalingStoryInput } from './scaling-story.inputs';

interface StoryShape {
  practiceId: string;
  routeId: string | null;
  adaptedByOrganisationId: string | null;
  countryCode: string;
  evidenceUrl: string | null;
}

/** Every reference must exist; the evidence is a link people can open. All problems at once. */
async function checkStory(ctx: RequestContext, story: StoryShape): Promise<void> {
  const check = new ReferenceCheck(ctx);
  await check.one(PracticeRef, story.practiceId, 'input.practiceId');
  await check.one(RouteRef, story.routeId, 'input.routeId');
  await check.one(OrganisationRef, story.adaptedByOrganisationId, 'input.adaptedByOrganisationId');
  await check.one(CountryRef, story.countryCode, 'input.countryCode');
  if (story.evidenceUrl && !isWebAddress(story.evidenceUrl)) check.add('input.evidenceUrl', 'must be a web address starting with http:// or https://', 'webAddress');
  check.assertValid();
}

/** The stories list's order: most recently documented first, undated ones last. */
export const STORY_SORT: SortKey = { expression: 's.documented_on', direction: 'DESC', nulls: 'last' };

/** The stories the list shows the caller under its filter (the list and its CSV run this one query). */
export async function storiesQuery(ctx: RequestContext, f: ScalingStoryFilter | undefined) {
  const q = ctx.repo(ScalingStory).createQueryBuilder('s');
  if (f?.routeId) q.andWhere('s.route_id = :routeId', { routeId: f.routeId });
  if (f?.practiceId) q.andWhere('s.practice_id = :practiceId', { practiceId: f.practiceId });
  if (f?.countryCode) q.andWhere('s.country_code = :country', { country: f.countryCode });
  if (hasSearch(f?.search)) q.andWhere(textMatches('s', { localized: ['title', 'result'], plain: ['locality'] }), { term: searchTerm(f.search) });
  const routes = await routeLimit(ctx);
  if (routes) q.andWhere('s.route_id = ANY(:readableRoutes)', { readableRoutes: routes });
  return q;
}

@Service()
export class ScalingStoryService {
  /** A page of stories, most recently documented first (undated ones last). */
  async list(ctx: RequestContext, args: ScalingStoriesArgs, selection?: Selection): Promise<Connection<ScalingStory>> {
    return paginate(await storiesQuery(ctx, args.filter), args, STORY_SORT, selection);
  }

  /** The story, or NOT_FOUND (also for a participant asking for another route's). */
  async get(ctx: RequestContext, id: string): Promise<ScalingStory> {
    const story = await findOrFail(ctx, ScalingStory, id);
    if (!(await mayReadRoute(ctx, story.routeId))) throw new NotFoundError('ScalingStory', id);
    return story;
  }

  async create(ctx: RequestContext, input: CreateScalingStoryInput): Promise<ScalingStory> {
    const shape: StoryShape = {
      practiceId: input.practiceId,
      routeId: input.routeId ?? null,
      adaptedByOrganisationId: input.adaptedByOrganisationId ?? null,
      countryCode: input.countryCode,
      evidenceUrl: input.evidenceUrl?.trim() || null,
    };
    await checkStory(ctx, shape);
    const repo = ctx.repo(ScalingStory);
    return repo.save(
      repo.create({
        ...shape,
        locality: input.locality?.trim() || null,
        title: cleanLocalized(input.title),
        result: cleanLocalized(input.result),
        documentedOn: input.documentedOn ?? null,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateScalingStoryInput): Promise<ScalingStory> {
    const story = await loadForUpdate(ctx, ScalingStory, input.id, input.version);
    if (input.practiceId) story.practiceId = input.practiceId;
    if (input.routeId !== undefined) story.routeId = input.routeId;
    if (input.adaptedByOrganisationId !== undefined) story.adaptedByOrganisationId = input.adaptedByOrganisationId;
    if (input.countryCode) story.countryCode = input.countryCode;
    if (input.evidenceUrl !== undefined) story.evidenceUrl = input.evidenceUrl?.trim() || null;
    await checkStory(ctx, story);
    if (input.locality !== undefined) story.locality = input.locality?.trim() || null;
    if (input.title) story.title = cleanLocalized(input.title);
    if (input.result) story.result = cleanLocalized(input.result);
    if (input.documentedOn !== undefined) story.documentedOn = input.documentedOn;
    return ctx.repo(ScalingStory).save(story);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const story = await loadForUpdate(ctx, ScalingStory, id, version);
    await ctx.repo(ScalingStory).remove(story);
    return id;
  }
}
