import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cypherDir } from "../paths.ts";
import { defineQuery, noRows, optionalRow, type Query } from "./query.ts";
import type { QueryRunner } from "./query-runner.ts";

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

const queries = {
  version: defineQuery("schema_version", optionalRow(z.object({ version: z.number() }).loose())),
  record: defineQuery("record_schema_version", noRows),
  awaitIndexes: defineQuery("await_indexes", noRows),
};

/** Building an index over a large graph takes longer than a request may. */
const migrationTimeoutMs = 600_000;

export async function readSchemaVersion(db: QueryRunner): Promise<number> {
  return (await db.read(queries.version))?.version ?? 0;
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
export async function migrate(db: QueryRunner, { reapply = false }: { reapply?: boolean } = {}): Promise<MigrationResult> {
  const from = await readSchemaVersion(db);
  const pending = listMigrations().filter((m) => reapply || m.version > from);
  for (const migration of pending) {
    for (const [index, text] of migration.statements.entries()) {
      const statement: Query<void> = { name: `migrations/${migration.name} (statement ${index + 1})`, text, decode: noRows, heavy: false };
      await db.write(statement, {}, { timeoutMs: migrationTimeoutMs });
    }
  }
  const last = pending.at(-1);
  if (last !== undefined && last.version > from) await db.write(queries.record, { version: last.version, migration: last.name });
  // Indexes build in the background; wait so the first queries can use them.
  if (pending.length > 0) await db.write(queries.awaitIndexes, {}, { timeoutMs: migrationTimeoutMs });
  return { from, to: Math.max(from, last?.version ?? 0), applied: pending.map((m) => m.name) };
}
