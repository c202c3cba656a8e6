import { hasSearch, paginate, searchTerm, Service, textMatches, textSortKey, type RequestContext, type Selection } from '@lr/server-core';
import { Country } from './country.entity';
import type { CountriesArgs } from './country.inputs';

@Service()
export class CountryService {
  /** ISO 3166-1 countries by English name; the search matches the code or the name in any language. */
  list(ctx: RequestContext, args: CountriesArgs, selection?: Selection) {
    const q = ctx.repo(Country).createQueryBuilder('c');
    const search = args.filter?.search;
    if (hasSearch(search)) q.where(`(c.code = :code OR ${textMatches('c', { localized: ['name'] })})`, { code: search.trim().toUpperCase(), term: searchTerm(search) });
    return paginate(q, args, { expression: textSortKey("c.name->>'en'"), direction: 'ASC' }, selection);
  }

  get(ctx: RequestContext, code: string) {
    return ctx.repo(Country).findOneBy({ code: code.toUpperCase() });
  }
}
