import { latestSchemaVersion, readSchemaVersion } from "../db/migrate.ts";
import type { QueryRunner } from "../db/query-runner.ts";

export interface Health {
  status: "ok" | "unavailable";
  database: { connected: boolean; name: string; error?: string };
  schema: { version: number | null; expectedVersion: number };
}

/**
 * GET /health: can the API reach Neo4j, and which schema version does the graph hold? While
 * the database is known to be down, it says so at once (QueryRunner probes it meanwhile).
 */
export async function checkHealth(db: QueryRunner): Promise<Health> {
  const expectedVersion = latestSchemaVersion();
  const unavailable = (error: string): Health => ({ status: "unavailable", database: { connected: false, name: db.database, error }, schema: { version: null, expectedVersion } });
  const state = db.state;
  if (!state.up) return unavailable(state.reason);
  try {
    return { status: "ok", database: { connected: true, name: db.database }, schema: { version: await readSchemaVersion(db), expectedVersion } };
  } catch (error) {
    return unavailable((error as Error).message);
  }
}
