import type { TestProject } from "vitest/node";
import type { Neo4jConnection } from "../src/config.ts";
import { createDriver } from "../src/db/driver.ts";
import { migrate } from "../src/db/migrate.ts";
import { runnerFor } from "../src/db/query-runner.ts";
import { startTestDatabase } from "./helpers/test-database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[test database] ${line}`);
  const database = await startTestDatabase(log);
  log(`Testing against ${database.kind}.`);
  const driver = createDriver(database.connection);
  try {
    await migrate(runnerFor(driver, database.connection.database));
  } finally {
    await driver.close();
  }
  project.provide("neo4j", database.connection);
  return () => database.stop();
}
