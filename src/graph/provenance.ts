import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { factColumns, factOf, type Fact } from "./facts.ts";

const pathQuery = defineQuery("provenance/path", allRows(factColumns.extend({ position: z.number() })));

/**
 * The provenance of a fact: one step per node up the chain of its case, back to the lead
 * agency and its parents, each with its sources. Undefined when no fact has the id.
 */
export async function provenance(db: QueryRunner, id: string): Promise<Fact[] | undefined> {
  const rows = await db.read(pathQuery, { id });
  return rows.length === 0 ? undefined : rows.map(factOf);
}
