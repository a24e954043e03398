import { pino } from "pino";
import type { Config, Neo4jConnection } from "./config.ts";
import { openGraph } from "./graph/open-graph.ts";
import { startHttpServer } from "./api/http-server.ts";
import { loadSeedIfEmpty } from "./ingest/load-seed-if-empty.ts";

export interface RunningApp {
  connection: Neo4jConnection;
  urls: { playground: string; graphql: string; health: string; neo4jBrowser: string | undefined };
  stop(log?: (line: string) => void): Promise<void>;
}

/** `npm start`: a migrated Neo4j (started or reused), the seed loaded if the graph is empty, and the API. */
export async function startApp(
  config: Config,
  { env = process.env, log = () => {} }: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {},
): Promise<RunningApp> {
  const db = await openGraph(config, { env, log });
  const { runner, connection, localNeo4j } = db;
  try {
    await loadSeedIfEmpty(runner, log);
    const http = await startHttpServer({
      db: runner,
      host: config.host,
      port: config.port,
      writeTokenHash: config.writeTokenHash,
      writeTokenLabel: config.writeTokenLabel,
      api: config.api,
      // Synchronous, so that log lines and the messages printed around them stay in order.
      log: pino({ level: config.api.logLevel }, pino.destination({ dest: 1, sync: true })),
    });
    return {
      connection,
      urls: {
        playground: `${http.url}/`,
        graphql: `${http.url}/graphql`,
        health: `${http.url}/health`,
        neo4jBrowser: config.browserUrl ?? localNeo4j?.browserUrl ?? browserUrlFor(connection.uri),
      },
      stop: async (stopLog = log) => {
        await http.stop();
        await db.close(stopLog);
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** A Neo4j on this machine serves its Browser on the default HTTP port; elsewhere we cannot know. */
function browserUrlFor(uri: string): string | undefined {
  const host = new URL(uri).hostname;
  return host === "localhost" || host === "127.0.0.1" ? `http://${host}:7474/browser/` : undefined;
}
