import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import path from "node:path";
import type { TestProject } from "vitest/node";
import type { Neo4jConnection } from "../src/config.ts";
import { createDriver } from "../src/db/driver.ts";
import { migrate } from "../src/db/migrate.ts";
import { runnerFor } from "../src/db/query-runner.ts";
import { acquireRunLock } from "./helpers/run-lock.ts";
import { localTestNeo4j, startTestDatabase } from "./helpers/test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * One real Neo4j for the whole run, held by this run alone: a second `npm test` on the same
 * machine waits for the lock (NEO4J_URI's database, or the local test Neo4j's port). Then the
 * compiled server is built for the compiled test project (tests import dist/ there).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[test database] ${line}`);
  const target = process.env.NEO4J_URI?.trim() || `local-${localTestNeo4j.boltPort}`;
  const release = await acquireRunLock(`provenance-graph-tests-${createHash("sha256").update(target).digest("hex").slice(0, 12)}`, log);
  try {
    buildServer();
    const database = await startTestDatabase(log);
    log(`Testing against ${database.kind}.`);
    const driver = createDriver(database.connection);
    try {
      await migrate(runnerFor(driver, database.connection.database));
    } finally {
      await driver.close();
    }
    project.provide("neo4j", database.connection);
    return async () => {
      await database.stop();
      release();
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** dist/, compiled afresh from src/ by `npm run build:server`, for the compiled test project. */
function buildServer(): void {
  const started = performance.now();
  const build = spawnSync("npm", ["run", "build:server"], { cwd: path.join(import.meta.dirname, ".."), encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
  console.log(`[compiled] dist/ built by npm run build:server in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
