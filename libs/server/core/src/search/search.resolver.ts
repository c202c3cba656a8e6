import { IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import type { RequestContext } from '../context/request-context';
import { ValidationError } from '../errors';
import { ConnectionType, MAX_PAGE_SIZE, type Connection } from '../pagination/connection';
import { afterFor, compareHits, decodeSearchCursor, encodeSearchCursor, searchFingerprint } from './search-cursor';
import { SearchHit, SearchKind, type SearchSource } from './search-source';

@ObjectType({ description: 'Records found across modules, best match first' })
export class SearchConnection extends ConnectionType(SearchHit) {}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words to find, in English, French or Spanish; accents and case do not matter' })
  @IsString()
  @MaxLength(200)
  query: string;

  @Field(() => Int, { defaultValue: 10, description: `Page size, 1-${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds of records; all when omitted' })
  @IsOptional()
  @IsArray()
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[];
}

/**
 * Asks every source (of the kinds asked for) at once, then merges their hits into one ranked
 * list: rank first, then kind and id, so equal ranks keep one order across pages. Each source
 * applies its own module's visibility rules; the merge adds none and removes none.
 *
 * Keyset paging over the ranked union: the cursor is the last hit's (rank, kind, id); each
 * source returns at most `first + 1` of its hits after that position (`afterFor`), in one
 * statement, with its count of matches. The page is the best `first` of those: whatever the
 * other sources hold after the cursor ranks below a source's own `first + 1`th, so nothing is
 * skipped, however many hits a kind has (0015).
 */
export async function searchAcross(ctx: RequestContext, sources: readonly SearchSource[], args: SearchArgs): Promise<Connection<SearchHit>> {
  const text = args.query.trim();
  if (!text) throw ValidationError.field('query', 'must name something to find', 'required');
  const kinds = args.kinds?.length ? new Set(args.kinds) : null;
  const asked = sources.filter((s) => !kinds || kinds.has(s.kind));
  // The cursor names the query and kinds: a cursor of another search is refused.
  const search = searchFingerprint(`search:${text.toLowerCase()}:${[...(kinds ?? [])].sort().join(',')}`);
  const position = args.after ? decodeSearchCursor(args.after, search) : null;
  const found = await Promise.all(
    asked.map((s) => s.search(ctx, { text, language: ctx.language, limit: args.first + 1, ...(position ? { after: afterFor(s.kind, position) } : {}) })),
  );
  const merged = found.flat().sort(compareHits);
  const page = merged.slice(0, args.first);
  const edges = page.map((hit) => ({ node: hit, cursor: encodeSearchCursor(search, hit) }));
  return {
    edges,
    // Every match of every source asked, counted by the sources in the page's statements.
    totalCount: found.reduce((sum, hits) => sum + (hits.total ?? hits.length), 0),
    pageInfo: { hasNextPage: merged.length > args.first, hasPreviousPage: !!position, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
}

/**
 * The `search` query over the given sources. Made per composition (see `searchModule`), since
 * the sources come from the composed modules' descriptors.
 */
export function searchResolverFor(sources: readonly SearchSource[]) {
  @Resolver()
  class SearchResolver {
    @Allow.read()
    @Query(() => SearchConnection, {
      description: 'Routes, practices, champions, people, delegations, action plans, indicators and stories matching the words, best first; each only where the caller may read it',
    })
    search(@Ctx() ctx: RequestContext, @Args() args: SearchArgs): Promise<Connection<SearchHit>> {
      return searchAcross(ctx, sources, args);
    }
  }
  return SearchResolver;
}
