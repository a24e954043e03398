import { GraphQLError } from "graphql";
import { convictionPage, convictionTotal, type ConvictionFilter } from "../../graph/convictions.ts";
import { lookup as lookupFact, search as searchFacts } from "../../graph/facts.ts";
import { dayArgument } from "../arguments.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { connection, pageArguments } from "../pagination.ts";
import { selectsField } from "../selects-field.ts";

/** A filtered, sorted page of convictions; the total is counted only when selected. */
export const convictions: QueryResolvers["convictions"] = async (_parent, args, { db }, info) => {
  const given = args.filter ?? {};
  const { offset, first } = pageArguments(args);
  const since = given.since ? dayArgument("filter.since", given.since) : null;
  const until = given.until ? dayArgument("filter.until", given.until) : null;
  if (until !== null && since === null) {
    throw new GraphQLError('"filter.until" needs "filter.since".', { extensions: { code: "BAD_USER_INPUT" } });
  }
  const filter: ConvictionFilter = {
    agency: given.agency ?? null,
    role: "lead",
    district: given.district ?? null,
    statutes: given.statute ? [given.statute] : null,
    categories: given.category ? [given.category] : null,
    stage: given.stage ?? null,
    window: since === null ? null : { since, until },
    // With a window, only the convictions certainly inside it.
    status: since === null ? null : "in",
  };
  const page = await convictionPage(db, filter, { sort: args.sort, offset, first, withCitations: selectsField(info, "citations") });
  return connection(page, offset, () => convictionTotal(db, filter));
};

/** Fulltext search over names and titles; a text it cannot search is refused by src/graph. */
export const search: QueryResolvers["search"] = (_parent, { text, first }, { db }) => searchFacts(db, text, pageArguments({ first }).first);

/** One fact by id. */
export const lookup: QueryResolvers["lookup"] = async (_parent, { id }, { db }) => (await lookupFact(db, id)) ?? null;
