import { findMatches, hitsOf, localizedText, SearchKind, type SearchSource } from '@lr/server-core';
import { Country } from '../countries/country.entity';
import { LearningRoute } from './learning-route.entity';

/** Routes by title, summary and objectives; everyone who may list routes reads them all. */
export const routeSearch: SearchSource = {
  kind: SearchKind.ROUTE,
  async search(ctx, terms) {
    const q = ctx.repo(LearningRoute).createQueryBuilder('r').leftJoin(Country, 'c', 'c.code = r.host_country_code');
    const rows = await findMatches(q, { localized: ['r.title'] }, { localized: ['r.summary', 'r.learning_objectives'] }, terms, {
      id: 'r.id',
      title: localizedText('r.title', terms.language),
      detail: localizedText('c.name', terms.language),
    });
    return hitsOf(rows, SearchKind.ROUTE, 'routes', (id) => `/routes/${id}`);
  },
};
