import { provenance as provenanceOf } from "../../graph/provenance.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";

/** The provenance of a fact: one step per node up the case chain, each with its sources. */
export const provenance: QueryResolvers["provenance"] = async (_parent, { id }, { db }) => {
  const steps = await provenanceOf(db, id);
  return steps === undefined ? null : { steps };
};
