import { cypher } from "../../db/cypher.ts";
import type { QueryResolvers } from "../generated/resolvers.ts";
import { source } from "../mappers.ts";
import { describeFact } from "../describe-fact.ts";

interface SupportRow {
  label: string;
  props: Record<string, unknown>;
  locator: string;
  supports: string;
  soleSupport: boolean;
}

/** Reverse provenance: what a source supports, and what it alone supports. */
export const sourceImpact: QueryResolvers["sourceImpact"] = async (_parent, { id }, { driver, readQuery }) => {
  const { records } = await driver.executeQuery(cypher("api/source_impact"), { id }, readQuery);
  const row = records[0];
  if (row === undefined) return null;
  const supports = (row.get("supports") as SupportRow[]).map((s) => ({
    id: String(s.props.id),
    label: s.label,
    summary: describeFact(s.label, s.props),
    locator: s.locator,
    supports: s.supports,
    soleSupport: s.soleSupport,
  }));
  return {
    source: source(row.get("source") as Record<string, unknown>),
    supports,
    wouldLoseAllSupport: supports.filter((s) => s.soleSupport).length,
  };
};
