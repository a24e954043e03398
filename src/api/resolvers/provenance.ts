import { cypher } from "../../db/cypher.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { factStep, type CitationRow } from "../mappers.ts";

/** The provenance of a fact: one hop per node up the case chain, each with its sources. */
export const provenance: QueryResolvers["provenance"] = async (_parent, { id }, { driver, readQuery }) => {
  const { records } = await driver.executeQuery(cypher("api/provenance"), { id }, readQuery);
  if (records.length === 0) return null;
  return {
    steps: records.map((r) =>
      factStep(r.get("label") as string, r.get("props") as Record<string, unknown>, r.get("citations") as CitationRow[]),
    ),
  };
};
