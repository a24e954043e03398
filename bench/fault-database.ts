import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../src/db/driver.ts";
import { ensureLocalNeo4j, type LocalNeo4j } from "../src/db/local-neo4j/local-neo4j.ts";
import { migrate } from "../src/db/migrate.ts";
import { runnerFor } from "../src/db/query-runner.ts";
import { projectRoot } from "../src/paths.ts";
import type { BenchDatabase } from "./bench-database.ts";
import { generateSyntheticGraph } from "./generate-graph.ts";

/** The Neo4j the fault and soak scripts use: their own, so that killing it harms nothing else. */
export const faultNeo4j = { dir: path.join(projectRoot, ".neo4j", "faults"), boltPort: 37687, httpPort: 37474, heap: "1g" };

/** Synthetic cases in the fault graph: enough for every benchmark question to find its data. */
export const faultCases = 300;

/** Starts the fault Neo4j and gives it a fresh synthetic graph of `faultCases` cases. */
export async function openFaultDatabase(log: (line: string) => void): Promise<{ neo4j: LocalNeo4j; driver: Driver; db: BenchDatabase }> {
  const neo4j = await ensureLocalNeo4j(faultNeo4j, { log });
  const connection = { uri: neo4j.boltUri, user: "neo4j", password: undefined, database: "neo4j" };
  const driver = createDriver(connection);
  const runner = runnerFor(driver, connection.database);
  const db = { driver, runner, connection, close: async () => runner.close() };
  await migrate(runner);
  await generateSyntheticGraph(db, { cases: faultCases, seed: 1, chunk: 1000, reset: true, progress: () => {} });
  log(`Fault graph: ${faultCases} synthetic cases.`);
  return { neo4j, driver, db };
}
