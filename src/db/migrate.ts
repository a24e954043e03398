import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { cypher } from "./cypher.ts";
import { cypherDir } from "../paths.ts";

const migrationsDir = path.join(cypherDir, "migrations");

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** The migrations in cypher/migrations, in order. A file is `<version>_<name>.cypher`. */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d+_.+\.cypher$/.test(file))
    .sort()
    .map((file) => ({
      version: Number.parseInt(file, 10),
      name: file.replace(/\.cypher$/, ""),
      statements: splitStatements(readFileSync(path.join(migrationsDir, file), "utf8")),
    }));
}

let latest: number | undefined;

/** The newest version this code knows; /health compares the graph against it. Read once. */
export function latestSchemaVersion(): number {
  latest ??= listMigrations().at(-1)?.version ?? 0;
  return latest;
}

function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}

export async function readSchemaVersion(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher("schema_version"), {}, { database, routing: "READ" });
  return (records[0]?.get("version") as number | undefined) ?? 0;
}

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Applies the migrations newer than the version recorded in the graph, then records the new
 * version. Every statement is `IF NOT EXISTS`, so applying one twice changes nothing
 * (`reapply` runs them all again, which proves it). Schema statements cannot share a
 * transaction with writes, so each runs on its own.
 */
export async function migrate(
  driver: Driver,
  database: string,
  { reapply = false }: { reapply?: boolean } = {},
): Promise<MigrationResult> {
  const from = await readSchemaVersion(driver, database);
  const pending = listMigrations().filter((m) => reapply || m.version > from);
  for (const migration of pending) {
    for (const statement of migration.statements) {
      await driver.executeQuery(statement, {}, { database });
    }
  }
  const last = pending.at(-1);
  if (last !== undefined && last.version > from) {
    await driver.executeQuery(
      cypher("record_schema_version"),
      { version: last.version, migration: last.name },
      { database },
    );
  }
  // Indexes build in the background; wait so the first queries can use them.
  if (pending.length > 0) await driver.executeQuery(cypher("await_indexes"), {}, { database });
  return { from, to: Math.max(from, last?.version ?? 0), applied: pending.map((m) => m.name) };
}
