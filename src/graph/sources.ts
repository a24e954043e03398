import { z } from "zod";
import { defineQuery, optionalRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { sourceNode, type Source } from "./columns.ts";
import { describeFact } from "./describe-fact.ts";
import { derivePlacements } from "./placement.ts";

/** A fact a source supports: where in the source, what it supports, and whether only this source does. */
export interface SupportedFact {
  id: string;
  label: string;
  summary: string;
  locator: string;
  supports: string;
  soleSupport: boolean;
}

const supportedColumns = z.object({
  label: z.string(),
  props: z.looseObject({ id: z.string() }),
  locator: z.string(),
  supports: z.string(),
  soleSupport: z.boolean(),
});
const impactRow = z.object({ source: sourceNode, supports: z.array(supportedColumns) });

const queries = {
  impact: defineQuery("sources/impact", optionalRow(impactRow)),
  retract: defineQuery("sources/retract", optionalRow(z.object({ source: sourceNode, unsupported: z.array(supportedColumns) }))),
};

const supported = (s: z.output<typeof supportedColumns>): SupportedFact => ({
  id: s.props.id,
  label: s.label,
  summary: describeFact(s.label, s.props),
  locator: s.locator,
  supports: s.supports,
  soleSupport: s.soleSupport,
});

/** Everything a source supports, and what it alone supports; undefined when no source has the id. */
export async function sourceImpact(db: QueryRunner, id: string): Promise<{ source: Source; supports: SupportedFact[] } | undefined> {
  const row = await db.read(queries.impact, { id });
  return row === undefined ? undefined : { source: row.source, supports: row.supports.map(supported) };
}

/**
 * Marks a source retracted: kept for the record, it supports nothing from now on. Returns the
 * facts left with no other source, and places again the convictions it supported (a
 * conviction no source supports is not counted). Undefined when no source has the id.
 */
export async function retractSource(db: QueryRunner, id: string): Promise<{ source: Source; unsupported: SupportedFact[] } | undefined> {
  return db.writeTransaction(async (tx) => {
    const row = await tx.run(queries.retract, { id });
    if (row === undefined) return undefined;
    await derivePlacements(tx, { changed: [{ id, label: "Source" }] });
    return { source: row.source, unsupported: row.unsupported.map(supported) };
  });
}
