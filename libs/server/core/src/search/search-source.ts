import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import type { Language } from '../i18n/language';

/**
 * The kinds of records the search across modules finds. One list in the kit, so the schema
 * has one enum; each kind belongs to the one module whose `search` source answers for it.
 */
export enum SearchKind {
  ROUTE = 'ROUTE',
  PERSON = 'PERSON',
  PRACTICE = 'PRACTICE',
  CHAMPION = 'CHAMPION',
  DELEGATION = 'DELEGATION',
  ACTION_PLAN = 'ACTION_PLAN',
  INDICATOR = 'INDICATOR',
  SCALING_STORY = 'SCALING_STORY',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'A kind of record the search across modules finds' });

/** One record the search found, named in the caller's language, with where the portal shows it. */
@ObjectType({ description: 'A record the search across modules found' })
export class SearchHit {
  @Field(() => SearchKind) kind: SearchKind;
  @Field(() => ID) id: string;
  @Field({ description: 'Its name or title, in the caller’s language when it has one' })
  title: string;
  @Field(() => String, { nullable: true, description: 'A second line: a country, a status, a job title' })
  detail: string | null;
  @Field(() => Float, { description: 'Higher is a better match; a match in the title ranks above one in the text' })
  rank: number;
  @Field({ description: 'The portal section the record opens in, e.g. `practices`' })
  section: string;
  @Field({ description: 'The portal path that opens it, e.g. `/practices/7b9…`' })
  path: string;
}

/**
 * Where the previous page of the merged list ended, as one source sees it: its hits ranked
 * below `rank` come after it, and those ranked equal with an id after `tiesAfter` (in byte
 * order); `tiesAfter` null means none of them (the page already showed this kind's equals).
 */
export interface SearchAfter {
  rank: number;
  tiesAfter: string | null;
}

/** What a source searches for: the caller's words, their language, how many hits at most, and after which. */
export interface SearchTerms {
  /** Trimmed, not empty. */
  text: string;
  language: Language;
  limit: number;
  /** Only hits after this position (the next page); absent for the first page. */
  after?: SearchAfter;
}

/** A source's hits for one page, with how many it matches in all when it counted them (`findMatches` does). */
export type SourceHits = SearchHit[] & { total?: number };

/**
 * One kind of record a module lets the search across modules find (`DomainModule.search`).
 * The module runs its own query over its own tables, with the same visibility rules its own
 * lists apply (partners' keys, participants, the privacy policy), and ranks with `findMatches`,
 * which also keeps to `terms.after` and `terms.limit` and counts the matches (`hitsOf` hands
 * the count on), so paging reaches every match.
 */
export interface SearchSource {
  kind: SearchKind;
  search(ctx: RequestContext, terms: SearchTerms): Promise<SourceHits>;
}
