import { GraphQLError } from "graphql";
import { convictionPage, convictionTotal, type ConvictionFilter } from "../../graph/convictions.ts";
import { lookup as lookupFact, search as searchFacts } from "../../graph/facts.ts";
import { given, idArguments, windowBounds } from "../arguments.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { connection, pageArguments } from "../pagination.ts";
import { selectsField } from "../selects-field.ts";

/** A filtered, sorted page of convictions; the total is counted only when selected. */
export const convictions: QueryResolvers["convictions"] = async (_parent, args, { db }, info) => {
  const filterArgs = args.filter ?? {};
  const { offset, first } = pageArguments(args);
  if (filterArgs.until && !filterArgs.since) {
    throw new GraphQLError('"filter.until" needs "filter.since".', { extensions: { code: "BAD_USER_INPUT" } });
  }
  const window = filterArgs.since ? windowBounds({ since: "filter.since", until: "filter.until" }, filterArgs.since, filterArgs.until ?? null) : null;
  const ids = await idArguments(db, [
    { argument: "filter.agency", kind: "agency", values: given(filterArgs.agency) },
    { argument: "filter.district", kind: "district", values: given(filterArgs.district) },
    { argument: "filter.statute", kind: "statute", values: given(filterArgs.statute) },
    { argument: "filter.category", kind: "category", values: given(filterArgs.category) },
  ]);
  const filter: ConvictionFilter = {
    agency: ids.get("filter.agency")?.[0] ?? null,
    role: "lead",
    tiers: null,
    district: ids.get("filter.district")?.[0] ?? null,
    statutes: ids.get("filter.statute") ?? null,
    categories: ids.get("filter.category") ?? null,
    stage: filterArgs.stage ?? null,
    window,
    // With a window, only the convictions certainly inside it.
    status: window === null ? null : "in",
  };
  const page = await convictionPage(db, filter, { sort: args.sort, offset, first, withCitations: selectsField(info, "citations") });
  return connection(page, offset, () => convictionTotal(db, filter));
};

/** Fulltext search over names and titles; a text it cannot search is refused by src/graph. */
export const search: QueryResolvers["search"] = (_parent, { text, first }, { db }) => searchFacts(db, text, pageArguments({ first }).first);

/** One fact by id. */
export const lookup: QueryResolvers["lookup"] = async (_parent, { id }, { db }) => (await lookupFact(db, id)) ?? null;
