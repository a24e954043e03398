import type { Driver } from "neo4j-driver";
import type { Config, Neo4jConnection } from "../config.ts";
import { createDriver, verifyConnection } from "./driver.ts";
import { ensureLocalNeo4j, type LocalNeo4j } from "./local-neo4j/local-neo4j.ts";
import { migrate } from "./migrate.ts";
import { QueryRunner } from "./query-runner.ts";

export interface OpenDatabase {
  driver: Driver;
  /** The one way to the database (src/db/query-runner.ts). */
  runner: QueryRunner;
  connection: Neo4jConnection;
  /** Set when no NEO4J_URI was given and the local Neo4j serves the graph. */
  localNeo4j: LocalNeo4j | undefined;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(log?: (line: string) => void): Promise<void>;
}

/**
 * The database every command works on: NEO4J_URI, or the local Neo4j (started, or reused if
 * already running), reachable and migrated to the newest schema. `prepare` runs once it is
 * migrated (the graph layer places what is not placed yet).
 */
export async function openDatabase(
  config: Config,
  {
    env = process.env,
    log = () => {},
    prepare = async () => {},
  }: { env?: NodeJS.ProcessEnv; log?: (line: string) => void; prepare?: (runner: QueryRunner) => Promise<void> } = {},
): Promise<OpenDatabase> {
  const localNeo4j = config.neo4jUri === undefined ? await ensureLocalNeo4j(config.local, { env, log }) : undefined;
  const connection: Neo4jConnection = {
    uri: config.neo4jUri ?? localNeo4j!.boltUri,
    user: config.user,
    password: config.password,
    database: config.database,
  };
  const driver = createDriver(connection);
  const runner = new QueryRunner(driver, { database: connection.database, timeoutMs: config.api.queryTimeoutMs, heavyLimit: config.api.heavyQueryLimit });
  const close = async (closeLog = log) => {
    runner.close();
    await driver.close();
    if (localNeo4j !== undefined && !localNeo4j.reused) {
      closeLog("Stopping Neo4j...");
      await localNeo4j.stop();
    }
  };
  try {
    await verifyConnection(driver, connection);
    const migration = await migrate(runner);
    log(
      migration.applied.length === 0
        ? `Schema is at version ${migration.to}.`
        : `Migrated the schema from version ${migration.from} to ${migration.to} (${migration.applied.join(", ")}).`,
    );
    await prepare(runner);
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, runner, connection, localNeo4j, close };
}
