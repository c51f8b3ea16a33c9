import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "./global-id";
import { decodeCursor, encodeCursor, type CursorPosition } from "./cursor";
import { boundedArgument } from "./list-bounds";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge of the previous page." })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page {
  offset: number;
  limit: number;
  /** The cursor the page starts after: keyset lists seek from its keys, others use the offset. */
  after?: CursorPosition;
}

/** Checks `first`/`after` and turns them into a window: an offset, and the cursor's keys when it has them. */
export function toPage(args: { first?: number | null; after?: string | null }): Page {
  const limit = boundedArgument({ argument: "first", value: args.first, bounds: { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE } });
  if (args.after == null) return { offset: 0, limit };
  const position = decodeCursor(args.after);
  if (!position) throw badUserInput(`\`after\` is not a cursor returned by this API: "${args.after}"`, { argument: "after" });
  return { offset: position.offset + 1, limit, after: position };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** A number, or a promise made only when the field is read (see toCountedLazilyConnection). */
  totalCount: number | Promise<number>;
  /** Counts at most `upTo` + 1 matching items (the answer is then more than `upTo`): see boundedCount. */
  countUpTo?: (upTo: number) => Promise<number>;
}

/**
 * A connection from a page fetched with one extra row (`limit + 1`): the extra row says whether
 * there is a next page, so the count runs only when a client asks for `totalCount`.
 */
export function toCountedLazilyConnection<T>(
  rowsPlusOne: T[],
  page: Page,
  count: () => Promise<number>,
  cursorOf: (index: number) => string = (index) => encodeCursor({ offset: page.offset + index }),
): ConnectionShape<T> {
  const rows = rowsPlusOne.slice(0, page.limit);
  const edges = rows.map((node, index) => ({ cursor: cursorOf(index), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    // A getter: the count's statement runs only when the executor reads the field.
    get totalCount() {
      return (counted ??= count());
    },
    pageInfo: {
      hasNextPage: rowsPlusOne.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Builds a Relay connection from one page of rows (already offset/limited) and the total count. */
export function toConnection<T>(rows: T[], page: Page, totalCount: number): ConnectionShape<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor({ offset: page.offset + index }), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + rows.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Base of a Relay connection for `nodeType`: extend it with `@ObjectType() class XConnection extends Connection("X", …)`. */
export function Connection<T extends object>(name: string, nodeType: () => ClassType<T> | (abstract new (...args: never[]) => T)) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(nodeType)
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Number of items matching the filter, across all pages." })
    totalCount: number;
  }
  return ConnectionType;
}
