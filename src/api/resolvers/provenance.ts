import { cypher } from "../../db/cypher.ts";
import type { ProvenanceStep, QueryResolvers } from "../generated/resolvers.ts";
import { citations, storedDate, type CitationRow } from "../mappers.ts";
import { describeFact } from "../describe-fact.ts";

/** The provenance of a fact: one hop per node up the case chain, each with its sources. */
export const provenance: QueryResolvers["provenance"] = async (_parent, { id }, { driver, database }) => {
  const { records } = await driver.executeQuery(cypher("api/provenance"), { id }, { database, routing: "READ" });
  if (records.length === 0) return null;
  const steps: ProvenanceStep[] = records.map((r) => {
    const label = r.get("label") as string;
    const props = r.get("props") as Record<string, unknown>;
    const dateField = { Conviction: "date", Sentence: "date", Investigation: "opened" }[label];
    return {
      id: String(props.id),
      label,
      summary: describeFact(label, props),
      date: dateField === undefined ? null : storedDate(props, dateField),
      citations: citations(r.get("citations") as CitationRow[]),
    };
  });
  return { steps };
};
