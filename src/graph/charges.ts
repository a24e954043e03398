import neo4j from "neo4j-driver";
import { z } from "zod";
import { defineQuery, oneRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { citationOf } from "./columns.ts";
import { chargeColumn, chargeOf, type Charge, type Page } from "./convictions.ts";
import { pendingChargeStages } from "./vocabulary.ts";

/** The scope of the tally's pending charges: the agency (sub-offices too), statutes and categories. */
export interface ChargeScope {
  agency: string;
  statutes: string[] | null;
  categories: string[] | null;
}

const pendingQuery = defineQuery(
  "charges/pending",
  oneRow(z.object({ totalCount: z.number(), charges: z.array(chargeColumn.extend({ citations: z.array(citationOf) })) })),
);

/** Charges still open (indicted or pending), not convictions: the total and a page. */
export async function pendingCharges(
  db: QueryRunner,
  scope: ChargeScope,
  { offset, first, withCitations }: { offset: number; first: number; withCitations: boolean },
): Promise<Page<Charge> & { totalCount: number }> {
  const { totalCount, charges } = await db.read(pendingQuery, { ...scope, stages: pendingChargeStages, offset: neo4j.int(offset), first: neo4j.int(first), withCitations });
  return { totalCount, items: charges.slice(0, first).map((c) => chargeOf(c, c.citations)), hasNextPage: charges.length > first };
}
