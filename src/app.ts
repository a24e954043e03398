import type { Config, Neo4jConnection } from "./config.ts";
import { createDriver, verifyConnection } from "./db/driver.ts";
import { ensureLocalNeo4j, type LocalNeo4j } from "./db/local-neo4j/local-neo4j.ts";
import { migrate } from "./db/migrate.ts";
import { startHttpServer } from "./api/http-server.ts";

export interface RunningApp {
  connection: Neo4jConnection;
  /** Set when no NEO4J_URI was given and the local Neo4j serves the graph. */
  localNeo4j: LocalNeo4j | undefined;
  urls: { graphql: string; health: string; neo4jBrowser: string | undefined };
  stop(log?: (line: string) => void): Promise<void>;
}

/** `npm start`: a Neo4j (started or reused), the schema migrated, and the API listening. */
export async function startApp(
  config: Config,
  { env = process.env, log = () => {} }: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {},
): Promise<RunningApp> {
  const localNeo4j = config.neo4jUri === undefined ? await ensureLocalNeo4j(config.local, { env, log }) : undefined;
  const connection: Neo4jConnection = {
    uri: config.neo4jUri ?? localNeo4j!.boltUri,
    user: config.user,
    password: config.password,
    database: config.database,
  };
  const driver = createDriver(connection);
  try {
    await verifyConnection(driver, connection);
    const migration = await migrate(driver, connection.database);
    log(
      migration.applied.length === 0
        ? `Schema is at version ${migration.to}.`
        : `Migrated the schema from version ${migration.from} to ${migration.to} (${migration.applied.join(", ")}).`,
    );
    const http = await startHttpServer({ driver, database: connection.database, host: config.host, port: config.port });
    return {
      connection,
      localNeo4j,
      urls: {
        graphql: `${http.url}/graphql`,
        health: `${http.url}/health`,
        neo4jBrowser: config.browserUrl ?? localNeo4j?.browserUrl ?? browserUrlFor(connection.uri),
      },
      stop: async (stopLog = log) => {
        await http.stop();
        await driver.close();
        if (localNeo4j !== undefined && !localNeo4j.reused) {
          stopLog("Stopping Neo4j...");
          await localNeo4j.stop();
        }
      },
    };
  } catch (error) {
    await driver.close();
    if (localNeo4j !== undefined) await localNeo4j.stop();
    throw error;
  }
}

/** A Neo4j on this machine serves its Browser on the default HTTP port; elsewhere we cannot know. */
function browserUrlFor(uri: string): string | undefined {
  const host = new URL(uri).hostname;
  return host === "localhost" || host === "127.0.0.1" ? `http://${host}:7474/browser/` : undefined;
}
