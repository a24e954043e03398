import { readConfig } from "../config.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { openGraph } from "../graph/open-graph.ts";

/** Runs `use` against the configured graph (the local Neo4j when NEO4J_URI is unset), then closes it. */
export async function withGraph<T>(use: (db: QueryRunner, timeoutMs: number) => Promise<T>): Promise<T> {
  const config = readConfig(process.env);
  const log = (line: string) => console.error(line);
  const db = await openGraph(config, { log });
  try {
    return await use(db.runner, config.importTimeoutMs);
  } finally {
    await db.close(log);
  }
}
