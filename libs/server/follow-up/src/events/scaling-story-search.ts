import { findMatches, hitsOf, localizedText, SearchKind, type SearchSource } from '@lr/server-core';
import { Country } from '@lr/server-core-domain';
import { routeLimit } from './events-access';
import { ScalingStory } from './scaling-story.entity';

/**
 * Scaling-up stories by title, result and locality, with the stories list's row rule: a
 * PARTICIPANT finds only their routes' stories. They open on the events page of their route.
 */
export const scalingStorySearch: SearchSource = {
  kind: SearchKind.SCALING_STORY,
  async search(ctx, terms) {
    const q = ctx.repo(ScalingStory).createQueryBuilder('s').leftJoin(Country, 'c', 'c.code = s.country_code');
    const routes = await routeLimit(ctx);
    if (routes) q.andWhere('s.route_id = ANY(:readableRoutes)', { readableRoutes: routes });
    const rows = await findMatches(q, { localized: ['s.title'] }, { localized: ['s.result'], plain: ['s.locality'] }, terms, {
      id: 's.id',
      title: localizedText('s.title', terms.language),
      detail: `concat_ws(' · ', s.locality, ${localizedText('c.name', terms.language)})`,
      route_id: 's.route_id',
    });
    return hitsOf(rows, SearchKind.SCALING_STORY, 'follow-up', (_id, row) => (row['route_id'] ? `/follow-up/events?route=${String(row['route_id'])}` : '/follow-up/events'));
  },
};
