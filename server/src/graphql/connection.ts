import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { CommonError } from '../errors';

export const MAX_PAGE_SIZE = 100;

/** Relay-style paging arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(NodeType: ClassType<T>, name = NodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => NodeType)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All items matching the filter, on every page.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * Keyset cursors over (createdAt, id): stable while rows are inserted between page loads, unlike offsets.
 * Opaque to clients (base64url JSON).
 */
export interface KeysetCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: KeysetCursor): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const date = new Date(createdAt);
    if (typeof id !== 'string' || !UUID.test(id) || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw CommonError.badInput('after', 'is not a cursor returned by this list');
  }
}

/** The keyset condition "after this cursor" for MikroORM, for (createdAt, id) ascending or descending. */
export function afterCursorCondition(after: string | null | undefined, direction: 'asc' | 'desc' = 'asc'): object {
  if (!after) return {};
  const cursor = decodeCursor(after);
  const beyond = direction === 'asc' ? '$gt' : '$lt';
  return { $or: [{ createdAt: { [beyond]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [beyond]: cursor.id } }] };
}

/**
 * Keyset paging over any (sort column, id) pair, for lists with a choice of order. The cursor holds the
 * sort value as text (dates as ISO strings, decimals as strings) and the id.
 */
export interface SortKey<T> {
  property: string;
  direction: 'asc' | 'desc';
  valueOf(row: T): string;
  /** Whether a value read back from a cursor is well-formed, so a forged cursor cannot reach SQL. */
  isValid(value: string): boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isIsoDate = (value: string) => !Number.isNaN(Date.parse(value));
export const isDecimal = (value: string) => /^-?\d{1,14}(\.\d{1,2})?$/.test(value);

export function encodeSortCursor<T extends { id: string }>(key: SortKey<T>, row: T): string {
  return Buffer.from(JSON.stringify([key.property, key.valueOf(row), row.id])).toString('base64url');
}

/** The MikroORM condition "after this cursor" in the key's order, and the matching orderBy. */
export function sortKeyCondition<T>(key: SortKey<T>, after: string | null | undefined): { where: object; orderBy: object } {
  const orderBy = { [key.property]: key.direction, id: key.direction };
  if (!after) return { where: {}, orderBy };
  let property: unknown, value: unknown, id: unknown;
  try {
    [property, value, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    // reported below
  }
  if (property !== key.property || typeof value !== 'string' || typeof id !== 'string' || !UUID.test(id) || !key.isValid(value)) {
    throw CommonError.badInput('after', 'is not a cursor returned by this list in this order');
  }
  const beyond = key.direction === 'asc' ? '$gt' : '$lt';
  return { where: { $or: [{ [key.property]: { [beyond]: value } }, { [key.property]: value, id: { [beyond]: id } }] }, orderBy };
}

/** Turns `first + 1` fetched rows into a connection page; `cursorOf` defaults to the (createdAt, id) cursor. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => string = (row) => encodeCursor(row as unknown as KeysetCursor),
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
