import { GraphQLError } from "graphql";
import type { Page } from "../graph/convictions.ts";
import { maxPageSize } from "./query-limits.ts";

/**
 * Cursor pagination over the domain's pages. A cursor is the position of an item in its list
 * (opaque to clients); the total is counted only when a client selects `totalCount`.
 */
export interface ConnectionParent<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** Where a page starts and how long it is, from the `first` and `after` arguments. */
export function pageArguments(args: { first?: number | null; after?: string | null }): { offset: number; first: number } {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw new GraphQLError(`"first" must be from 1 to ${maxPageSize}; got ${first}.`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return { offset: offsetAfter(args.after), first };
}

export function connection<T>(page: Page<T>, offset: number, totalCount: () => Promise<number>): ConnectionParent<T> {
  const edges = page.items.map((node, i) => ({ cursor: cursorOf(offset + i), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

const cursorOf = (position: number) => Buffer.from(`offset:${position}`).toString("base64url");

function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new GraphQLError(`"after" is not a cursor this API gave out: "${cursor}".`, { extensions: { code: "BAD_USER_INPUT" } });
  return Number(match[1]) + 1;
}
