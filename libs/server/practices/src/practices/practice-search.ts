import { findMatches, hitsOf, localizedText, SearchKind, type SearchSource } from '@lr/server-core';
import { Country } from '@lr/server-core-domain';
import { practicesQuery } from './practice.service';

/** Practices by title and their systematized texts; partners find published ones only, as they list them. */
export const practiceSearch: SearchSource = {
  kind: SearchKind.PRACTICE,
  async search(ctx, terms) {
    const q = practicesQuery(ctx).leftJoin(Country, 'c', 'c.code = p.country_code');
    const text = { localized: ['p.summary', 'p.key_success_factors', 'p.lessons_learned', 'p.innovations', 'p.evidence'], plain: ['p.locality'] };
    const rows = await findMatches(q, { localized: ['p.title'] }, text, terms, {
      id: 'p.id',
      title: localizedText('p.title', terms.language),
      detail: localizedText('c.name', terms.language),
    });
    return hitsOf(rows, SearchKind.PRACTICE, 'practices', (id) => `/practices/${id}`);
  },
};
