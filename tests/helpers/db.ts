import { randomBytes } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../src/db/driver.ts";
import { runnerFor, type QueryRunner } from "../../src/db/query-runner.ts";

/** A driver to the run's test database, and the runner over it; close the driver in afterAll. */
export function testDriver(): { driver: Driver; database: string; db: QueryRunner } {
  const connection = inject("neo4j");
  const driver = createDriver(connection);
  return { driver, database: connection.database, db: runnerFor(driver, connection.database) };
}

/** A prefix for the ids a test file creates, so it can remove exactly what it made. */
export function testIdPrefix(): string {
  return `test-${randomBytes(4).toString("hex")}-`;
}
