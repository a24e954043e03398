import path from "node:path";
import type { Driver } from "neo4j-driver";
import { readConfig, type Neo4jConnection } from "../src/config.ts";
import { cypher } from "../src/db/cypher.ts";
import { createDriver, verifyConnection } from "../src/db/driver.ts";
import { ensureLocalNeo4j } from "../src/db/local-neo4j/local-neo4j.ts";
import { migrate } from "../src/db/migrate.ts";
import { runnerFor, type QueryRunner } from "../src/db/query-runner.ts";
import { BenchmarkError } from "../src/errors.ts";
import { projectRoot } from "../src/paths.ts";
import { apocSettings, ensureApocPlugin } from "./apoc.ts";
import { syntheticPrefix } from "./synthetic-graph.ts";

/**
 * The benchmark database is never the one `npm start` or the tests use: its own folder, its
 * own ports, and more memory for a graph of a million nodes.
 */
const benchDir = path.join(projectRoot, ".neo4j", "bench");
export const localBenchNeo4j = {
  dir: benchDir,
  boltPort: 27687,
  httpPort: 27474,
  heap: process.env.BENCH_NEO4J_HEAP ?? "4g",
  // The store at 10^6 cases is several GB; a page cache that holds it keeps the tally off disk.
  pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? "8g",
  transactionMemory: "2g",
  pluginDir: path.join(benchDir, "plugins"),
  extraSettings: apocSettings,
};

export interface BenchDatabase {
  driver: Driver;
  runner: QueryRunner;
  connection: Neo4jConnection;
  close(): Promise<void>;
}

/**
 * NEO4J_URI if set, else the local benchmark Neo4j (started, or reused). Refuses a database
 * that holds any record that is not synthetic, so benchmark data never lands in real data.
 */
export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  // The same NEO4J_* settings as every command, validated the same way; only the local
  // server differs (its own folder and ports, set above).
  const config = readConfig(process.env);
  if (config.neo4jUri === undefined) {
    await ensureApocPlugin(localBenchNeo4j.pluginDir, process.env, log);
  }
  const local = config.neo4jUri === undefined ? await ensureLocalNeo4j(localBenchNeo4j, { log }) : undefined;
  const connection: Neo4jConnection = {
    uri: config.neo4jUri ?? local!.boltUri,
    user: config.user,
    password: config.neo4jUri === undefined ? undefined : config.password,
    database: config.database,
  };
  const driver = createDriver(connection);
  const runner = runnerFor(driver, connection.database);
  const close = async () => {
    runner.close();
    await driver.close();
    if (local && !local.reused) {
      log("Stopping the benchmark Neo4j...");
      await local.stop();
    }
  };
  try {
    await verifyConnection(driver, connection);
    await migrate(runner);
    const { records } = await driver.executeQuery(
      cypher("bench/non_synthetic_records"),
      { prefix: syntheticPrefix },
      { database: connection.database, routing: "READ" },
    );
    const real = records[0]!.get("records") as number;
    if (real > 0) {
      throw new BenchmarkError(
        `${connection.uri} holds ${real} records that are not synthetic. Benchmarks write only to a ` +
          "database of their own: unset NEO4J_URI to use the local benchmark Neo4j, or point it at an empty database.",
      );
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, runner, connection, close };
}

/** How many synthetic cases the graph holds now. */
export async function syntheticCaseCount(db: BenchDatabase): Promise<number> {
  const { records } = await db.driver.executeQuery(
    cypher("bench/synthetic_case_count"),
    { prefix: syntheticPrefix },
    { database: db.connection.database, routing: "READ" },
  );
  return records[0]!.get("cases") as number;
}
