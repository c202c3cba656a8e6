import { IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/allow';
import type { RequestContext } from '../context/request-context';
import { ValidationError } from '../errors';
import { ConnectionType, MAX_PAGE_SIZE, paginateList, type Connection } from '../pagination/connection';
import { SearchHit, SearchKind, type SearchSource } from './search-source';

/** What one source hands over at most: a search is read a few pages deep, never hundreds. */
export const HITS_PER_KIND = MAX_PAGE_SIZE;

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
 */
export async function searchAcross(ctx: RequestContext, sources: readonly SearchSource[], args: SearchArgs): Promise<Connection<SearchHit>> {
  const text = args.query.trim();
  if (!text) throw ValidationError.field('query', 'must name something to find', 'required');
  const kinds = args.kinds?.length ? new Set(args.kinds) : null;
  const asked = sources.filter((s) => !kinds || kinds.has(s.kind));
  const found = await Promise.all(asked.map((s) => s.search(ctx, { text, language: ctx.language, limit: HITS_PER_KIND })));
  // The cursor names the query and kinds: a cursor of another search is refused.
  const order = `search:${text.toLowerCase()}:${[...(kinds ?? [])].sort().join(',')}`;
  return paginateList(found.flat(), args, { name: order, key: (hit) => hit.rank, id: (hit) => `${hit.kind}:${hit.id}`, direction: 'DESC' });
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
