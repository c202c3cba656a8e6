import { findMatches, hitsOf, isPartner, SearchKind, type SearchSource } from '@lr/server-core';
import { Person } from '@lr/server-core-domain';
import { publishedPracticeIds } from '@lr/server-practices';
import { Champion } from './champion.entity';

/**
 * Champions by name, bio and expertise. Partners find only champions of a published practice,
 * as the champions list and `champion(id)` show them (common/partner-scope.ts).
 */
export const championSearch: SearchSource = {
  kind: SearchKind.CHAMPION,
  async search(ctx, terms) {
    const q = ctx.repo(Champion).createQueryBuilder('c').leftJoin(Person, 'p', 'p.id = c.person_id');
    if (isPartner(ctx.principal)) {
      const published = await publishedPracticeIds(ctx);
      if (!published.length) return [];
      q.andWhere('EXISTS (SELECT 1 FROM champion_practice pub WHERE pub.champion_id = c.id AND pub.practice_id IN (:...published))', { published });
    }
    const text = { localized: ['c.bio'], plain: ["array_to_string(c.expertise_tags, ' ')"] };
    const rows = await findMatches(q, { plain: ['p.given_name', 'p.family_name'] }, text, terms, {
      id: 'c.id',
      title: "p.given_name || ' ' || p.family_name",
      detail: 'p.position',
    });
    return hitsOf(rows, SearchKind.CHAMPION, 'champions', (id) => `/champions/${id}`);
  },
};
