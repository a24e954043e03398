import { z } from "zod";
import { defineQuery, oneRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";

const emptyQuery = defineQuery("graph_is_empty", oneRow(z.object({ empty: z.boolean() })));

/** Whether the graph holds no imported data yet (schema nodes do not count). */
export async function graphIsEmpty(db: QueryRunner): Promise<boolean> {
  return (await db.read(emptyQuery)).empty;
}
