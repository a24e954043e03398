import { createHash } from "node:crypto";
import { z } from "zod";
import { allRows, defineQuery, oneRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";

/**
 * Which data an answer was computed from: a hash over every imported record's id and content
 * hash (the importer stores one per record), so any import that adds, changes or removes a
 * record changes it; and the day the newest source was read, the data's as-of date.
 */
export interface DataVersion {
  hash: string;
  records: number;
  sources: number;
  /** yyyy-mm-dd; null when no source says when it was read. */
  lastRetrieved: string | null;
}

const queries = {
  hashes: defineQuery("data/record_hashes", allRows(z.object({ id: z.string(), importHash: z.string() })), { heavy: true }),
  sources: defineQuery("data/sources_read", oneRow(z.object({ sources: z.number(), lastRetrieved: z.string().nullable() }))),
};

export async function dataVersion(db: QueryRunner): Promise<DataVersion> {
  const [records, { sources, lastRetrieved }] = await Promise.all([db.read(queries.hashes), db.read(queries.sources)]);
  const hash = createHash("sha256");
  for (const r of records) hash.update(`${r.id}\t${r.importHash}\n`);
  return { hash: hash.digest("hex"), records: records.length, sources, lastRetrieved };
}
