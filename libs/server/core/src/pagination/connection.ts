import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationError } from '../errors';

export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** `first` (1-100, required) and `after`, shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 1-${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Makes the `XConnection` and `XEdge` object types for a node type.
 * @example @ObjectType() export class RouteConnection extends ConnectionType(LearningRoute) {}
 */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  // Decorated so subclasses inherit its fields; never referenced, so never emitted.
  @ObjectType(`${node.name}ConnectionBase`)
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType]) edges: Edge<T>[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionClass;
}

// Cursors are opaque to clients; they encode the position in the ordered result.
const PREFIX = 'cursor:';
export function encodeCursor(offset: number): string {
  return Buffer.from(PREFIX + offset).toString('base64url');
}
export function decodeCursor(cursor: string, argument = 'after'): number {
  const raw = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(raw.slice(PREFIX.length));
  if (!raw.startsWith(PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw ValidationError.field(argument, 'is not a cursor this API gave out');
  }
  return offset;
}

/**
 * Runs a filtered, ordered query builder as one page of a connection: one statement for the
 * rows and one for the total. The builder must already have a deterministic ORDER BY.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
): Promise<Connection<T>> {
  const offset = page.after ? decodeCursor(page.after) + 1 : 0;
  const [nodes, totalCount] = await Promise.all([
    query.clone().offset(offset).limit(page.first).getMany(),
    query.clone().getCount(),
  ]);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
