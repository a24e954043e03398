import { sourceImpact as impactOf } from "../../graph/sources.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";

/** Reverse provenance: what a source supports, and what it alone supports. */
export const sourceImpact: QueryResolvers["sourceImpact"] = async (_parent, { id }, { db }) => {
  const impact = await impactOf(db, id);
  return impact === undefined ? null : { ...impact, wouldLoseAllSupport: impact.supports.filter((s) => s.soleSupport).length };
};
