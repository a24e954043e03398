import { GraphQLError } from "graphql";
import neo4j from "neo4j-driver";
import { cypher } from "../../db/cypher.ts";
import { toNeo4jDate } from "../../graph/dates.ts";
import { dayArgument } from "../arguments.ts";
import { caseOf, chargeRow, convictionRow, type DefendantResult } from "../conviction-rows.ts";
import { describeFact } from "../describe-fact.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { factStep, type CitationRow } from "../mappers.ts";
import { maxPageSize } from "../query-limits.ts";

const cursorOf = (offset: number) => Buffer.from(`offset:${offset}`).toString("base64url");

function offsetOf(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new GraphQLError(`"after" is not a cursor this API gave out: "${cursor}".`, { extensions: { code: "BAD_USER_INPUT" } });
  return Number(match[1]) + 1;
}

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > maxPageSize) {
    throw new GraphQLError(`"first" must be from 1 to ${maxPageSize}; got ${size}.`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return size;
}

/** A filtered, sorted page of convictions with the total. */
export const convictions: QueryResolvers["convictions"] = async (_parent, args, { driver, readQuery }) => {
  const filter = args.filter ?? {};
  const first = pageSize(args.first);
  const offset = offsetOf(args.after);
  const since = filter.since ? dayArgument("filter.since", filter.since) : null;
  const until = filter.until ? dayArgument("filter.until", filter.until) : null;
  if (until !== null && since === null) {
    throw new GraphQLError('"filter.until" needs "filter.since".', { extensions: { code: "BAD_USER_INPUT" } });
  }
  const { records } = await driver.executeQuery(
    cypher("api/convictions"),
    {
      agency: filter.agency ?? null,
      district: filter.district ?? null,
      statute: filter.statute ?? null,
      category: filter.category ?? null,
      stage: filter.stage ?? null,
      since: since === null ? null : toNeo4jDate(since),
      until: until === null ? null : toNeo4jDate(until),
      sort: args.sort ?? "DATE_ASC",
      offset: neo4j.int(offset),
      first: neo4j.int(first),
    },
    readQuery,
  );
  const totalCount = (records[0]?.get("totalCount") as number | undefined) ?? 0;
  const edges = records
    .map((r) => r.get("entry") as DefendantResult | null)
    .filter((entry): entry is DefendantResult => entry !== null)
    .map((entry, i) => {
      const charges = new Map(entry.charges.map((c) => [String(c.charge.id), chargeRow(c)]));
      const node = convictionRow(entry.convictions[0]!, entry, charges, caseOf(entry));
      return { cursor: cursorOf(offset + i), node: since === null ? { ...node, status: "UNKNOWN" as const } : node };
    });
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: offset + edges.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
};

/** Fulltext search over names and titles. */
export const search: QueryResolvers["search"] = async (_parent, { text, first }, { driver, readQuery }) => {
  if (text.trim() === "") throw new GraphQLError('"text" must not be empty.', { extensions: { code: "BAD_USER_INPUT" } });
  const { records } = await driver.executeQuery(
    cypher("api/search"),
    // Words are searched as words: Lucene's operators in user text are escaped.
    { text: text.trim().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&"), first: neo4j.int(pageSize(first)) },
    readQuery,
  );
  return records.map((r) => {
    const props = r.get("props") as Record<string, unknown>;
    const label = r.get("label") as string;
    return { id: String(props.id), label, summary: describeFact(label, props), score: r.get("score") as number };
  });
};

/** One fact by id. */
export const lookup: QueryResolvers["lookup"] = async (_parent, { id }, { driver, readQuery }) => {
  const { records } = await driver.executeQuery(cypher("api/lookup"), { id }, readQuery);
  const row = records[0];
  if (row === undefined) return null;
  return factStep(row.get("label") as string, row.get("props") as Record<string, unknown>, row.get("citations") as CitationRow[]);
};
