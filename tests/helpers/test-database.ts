import path from "node:path";
import type { Neo4jConnection } from "../../src/config.ts";
import { ensureLocalNeo4j } from "../../src/db/local-neo4j/local-neo4j.ts";
import { projectRoot } from "../../src/paths.ts";

export interface TestDatabase {
  connection: Neo4jConnection;
  /** Where the database came from, printed so a run says what it tested against. */
  kind: string;
  stop(): Promise<void>;
}

/**
 * The test database is never the one `npm start` uses: its own folder and its own ports.
 * Tests create only nodes they can recognise and remove only those.
 */
export const localTestNeo4j = {
  dir: path.join(projectRoot, ".neo4j", "test"),
  boltPort: 17687,
  httpPort: 17474,
  heap: "512m",
};

/** NEO4J_URI if set; else a testcontainers Neo4j if a container runtime answers; else the local JVM server. */
export async function startTestDatabase(log: (line: string) => void): Promise<TestDatabase> {
  const uri = process.env.NEO4J_URI?.trim();
  if (uri) {
    return {
      connection: {
        uri,
        user: process.env.NEO4J_USER?.trim() || "neo4j",
        password: process.env.NEO4J_PASSWORD?.trim() || undefined,
        database: process.env.NEO4J_DATABASE?.trim() || "neo4j",
      },
      kind: `NEO4J_URI (${uri})`,
      stop: async () => {},
    };
  }

  const container = await startContainer(log);
  if (container !== undefined) return container;

  const local = await ensureLocalNeo4j(localTestNeo4j, { log });
  return {
    connection: { uri: local.boltUri, user: "neo4j", password: undefined, database: "neo4j" },
    kind: `local JVM Neo4j (${local.boltUri}, ${local.reused ? "reused" : "started for this run"})`,
    stop: () => local.stop(),
  };
}

async function startContainer(log: (line: string) => void): Promise<TestDatabase | undefined> {
  const { getContainerRuntimeClient } = await import("testcontainers");
  try {
    await getContainerRuntimeClient();
  } catch {
    log("No container runtime answers; using the local JVM Neo4j.");
    return undefined;
  }
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer("neo4j:5.26-community").start();
  return {
    connection: {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      database: "neo4j",
    },
    kind: `testcontainers (${container.getBoltUri()})`,
    stop: async () => {
      await container.stop();
    },
  };
}
