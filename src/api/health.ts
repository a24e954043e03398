import type { Driver } from "neo4j-driver";
import { describeDriverError } from "../db/driver.ts";
import { latestSchemaVersion, readSchemaVersion } from "../db/migrate.ts";

export interface Health {
  status: "ok" | "unavailable";
  database: { connected: boolean; name: string; error?: string };
  schema: { version: number | null; expectedVersion: number };
}

/** GET /health: can the API reach Neo4j, and which schema version does the graph hold? */
export async function checkHealth(driver: Driver, database: string): Promise<Health> {
  const expectedVersion = latestSchemaVersion();
  try {
    const version = await readSchemaVersion(driver, database);
    return { status: "ok", database: { connected: true, name: database }, schema: { version, expectedVersion } };
  } catch (error) {
    return {
      status: "unavailable",
      database: { connected: false, name: database, error: describeDriverError(error) },
      schema: { version: null, expectedVersion },
    };
  }
}
