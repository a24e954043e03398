import { randomBytes } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../src/db/driver.ts";

/** A driver to the run's test database; close it in afterAll. */
export function testDriver(): { driver: Driver; database: string } {
  const connection = inject("neo4j");
  return { driver: createDriver(connection), database: connection.database };
}

/** A prefix for the ids a test file creates, so it can remove exactly what it made. */
export function testIdPrefix(): string {
  return `test-${randomBytes(4).toString("hex")}-`;
}
