import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Config } from "../config.ts";
import { adminImport } from "../db/local-neo4j/admin-import.ts";
import { portAnswers } from "../db/local-neo4j/ports.ts";
import { ExpectedError } from "../errors.ts";
import { openDatabase } from "../db/open-database.ts";
import { graphIsEmpty } from "../graph/graph-is-empty.ts";
import { placeAll } from "../graph/placement.ts";
import { CsvGraphWriter, type CsvFiles } from "./csv-graph.ts";
import { readInput } from "./import-seed.ts";
import { ImportValidationError, fieldPath, type ImportProblem } from "./problems.ts";
import type { readSeedFile } from "./read-seed-files.ts";
import { validateGraph } from "./validate.ts";

/**
 * The first load of an empty local database, in bulk: every record validated exactly as
 * `npm run import` validates it, written as CSV, and loaded by Neo4j's own bulk importer
 * (`neo4j-admin database import`) into the stopped server; then the schema is migrated and
 * every conviction placed. At 10^5 cases it loads 5,262 records/s against the transactional
 * importer's 3,585 (BENCHMARKS.md), most of its time in the placement that follows;
 * later changes go through `npm run import` as usual.
 *
 * Input comes in chunks of files, so that a large load is never in memory at once; a record
 * may refer to records of its own chunk or of earlier ones.
 */
export type FileChunk = (() => ReturnType<typeof readSeedFile>)[];

export interface FirstLoadResult {
  records: number;
  convictionsPlaced: number;
  /** Seconds spent validating and writing CSV, in neo4j-admin, and migrating and placing. */
  seconds: { validate: number; adminImport: number; migrateAndPlace: number };
}

/** Validates the chunks and writes them as CSV into `dir`; refuses the whole load on any problem. */
export async function writeFirstLoadCsv(chunks: Iterable<FileChunk>, dir: string, progress: (line: string) => void = () => {}): Promise<{ files: CsvFiles; records: number }> {
  const writer = new CsvGraphWriter(dir);
  const known = new Map<string, string>();
  for (const chunk of chunks) {
    const problems: ImportProblem[] = [];
    const input = readInput(chunk, problems);
    for (const node of input.nodes.filter((n) => known.has(n.id))) {
      problems.push({ file: node.file, line: input.lineOf(node, ["id"]), field: fieldPath([...node.path, "id"]), message: `duplicate id "${node.id}": an earlier file of this load has it` });
    }
    const labelsOf = async (ids: string[]) => new Map(ids.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
    problems.push(...(await validateGraph(input.nodes, input.invalidIds, input.lineOf, labelsOf)));
    if (problems.length > 0) throw new ImportValidationError(problems);
    writer.add(input.nodes);
    for (const node of input.nodes) known.set(node.id, node.label);
    if (known.size >= 100_000) progress(`  validated ${writer.records.toLocaleString("en-US")} records`);
  }
  return { files: writer.finish(), records: writer.records };
}

/**
 * The whole first load into the local Neo4j (not a NEO4J_URI database): it must be stopped,
 * and its graph empty, which is checked by starting it first (unless `replacing` says the
 * caller has checked what it replaces, as the benchmark does for its synthetic graph).
 */
export async function firstLoadLocal(
  chunks: Iterable<FileChunk>,
  config: Config,
  { env = process.env, log = () => {}, replacing = false }: { env?: NodeJS.ProcessEnv; log?: (line: string) => void; replacing?: boolean } = {},
): Promise<FirstLoadResult> {
  if (config.neo4jUri !== undefined) throw new ExpectedError("A first load writes the local Neo4j's files; unset NEO4J_URI, or use npm run import without --first-load.");
  if (!replacing) await assertStoppedAndEmpty(config, env, log);
  const dir = mkdtempSync(path.join(tmpdir(), "first-load-"));
  try {
    return await loadCsv(chunks, dir, config, env, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function assertStoppedAndEmpty(config: Config, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  if (await portAnswers(config.local.boltPort)) {
    throw new ExpectedError(`The local Neo4j on port ${config.local.boltPort} is running; stop it first (a first load writes its files while it is stopped).`);
  }
  const db = await openDatabase(config, { env, log });
  try {
    if (!(await graphIsEmpty(db.runner))) throw new ExpectedError("The graph is not empty: a first load replaces the whole database. Use npm run import.");
  } finally {
    await db.close(log);
  }
}

async function loadCsv(chunks: Iterable<FileChunk>, dir: string, config: Config, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<FirstLoadResult> {
  const seconds = (since: number) => (performance.now() - since) / 1000;
  let started = performance.now();
  const { files, records } = await writeFirstLoadCsv(chunks, dir, log);
  const validate = seconds(started);
  log(`Validated ${records.toLocaleString("en-US")} records and wrote them as CSV in ${validate.toFixed(1)} s; loading them with neo4j-admin...`);
  started = performance.now();
  await adminImport(config.local, files, { env, log });
  const admin = seconds(started);
  started = performance.now();
  // Placed in batches here, not at the open (openGraph would place them in one transaction).
  const db = await openDatabase(config, { env, log });
  try {
    const placed = await placeAll(db.runner, { timeoutMs: config.importTimeoutMs, progress: log });
    return { records, convictionsPlaced: placed, seconds: { validate, adminImport: admin, migrateAndPlace: seconds(started) } };
  } finally {
    await db.close(log);
  }
}

