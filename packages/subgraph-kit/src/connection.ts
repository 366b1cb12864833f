import { Directive, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { BadInputError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay page information' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type named `<name>Connection` with edges `<name>Edge`. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return Connection;
}

/**
 * Keyset cursors: the sort key of the last row seen. Unlike offsets they stay valid when rows
 * are inserted before them.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((part) => ['string', 'number'].includes(typeof part))) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after', 'is not a cursor returned by this list');
}

/** Builds a page from `first + 1` fetched rows: the extra row only tells there is a next page. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => readonly (string | number)[],
): ConnectionResult<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
