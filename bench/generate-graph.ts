import { cypher } from "../src/db/cypher.ts";
import { BenchmarkError } from "../src/errors.ts";
import { readConfig } from "../src/config.ts";
import { firstLoadLocal, type FirstLoadResult } from "../src/ingest/first-load.ts";
import { importDocuments, inMemory, type ImportSummary } from "../src/ingest/import-seed.ts";
import { localBenchNeo4j, syntheticCaseCount, type BenchDatabase } from "./bench-database.ts";
import { caseDocument, referenceDocument, syntheticPrefix } from "./synthetic-graph.ts";

export interface GenerateOptions {
  cases: number;
  seed: number;
  /** Cases per import, each one transaction. */
  chunk: number;
  reset: boolean;
  progress: (line: string) => void;
}

export interface GenerateResult {
  cases: number;
  /** Records written by this run (created or updated), and the time the imports took. */
  records: number;
  seconds: number;
}

/**
 * Makes the benchmark graph hold exactly cases 0..N-1, through the importer's own validation
 * and transactions. Cases already present are not imported again.
 */
export async function generateSyntheticGraph(db: BenchDatabase, options: GenerateOptions): Promise<GenerateResult> {
  const { driver, connection } = db;
  // A chunk of cases is one transaction, longer than a request may take at the largest sizes.
  const importOptions = { db: db.runner, progress: () => {}, timeoutMs: 3_600_000 };
  if (options.reset) {
    options.progress("Deleting the synthetic graph...");
    const session = driver.session({ database: connection.database });
    try {
      await session.run(cypher("bench/delete_synthetic"), { prefix: syntheticPrefix });
    } finally {
      await session.close();
    }
  }
  const present = await syntheticCaseCount(db);
  if (present > options.cases) {
    throw new BenchmarkError(`The benchmark graph holds ${present} cases, more than ${options.cases}; add --reset to start over.`);
  }

  let records = 0;
  let seconds = 0;
  const timed = async (documents: ReturnType<typeof referenceDocument>[]) => {
    const started = process.hrtime.bigint();
    const summary: ImportSummary = await importDocuments(documents, importOptions);
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    records += Object.values(summary.counts).reduce((sum, c) => sum + c.created + c.updated, 0);
  };
  await timed([referenceDocument()]);
  for (let start = present; start < options.cases; start += options.chunk) {
    const end = Math.min(start + options.chunk, options.cases);
    await timed(Array.from({ length: end - start }, (_, i) => caseDocument(start + i, options.seed)));
    options.progress(
      `  cases ${end.toLocaleString("en-US")} of ${options.cases.toLocaleString("en-US")}: ` +
        `${records.toLocaleString("en-US")} records in ${seconds.toFixed(1)} s (${Math.round(records / seconds).toLocaleString("en-US")}/s)`,
    );
  }
  return { cases: options.cases, records, seconds };
}

export interface FirstLoadGenerateResult extends GenerateResult {
  phases: FirstLoadResult["seconds"];
  convictionsPlaced: number;
}

/**
 * The synthetic graph of N cases loaded in bulk into the benchmark Neo4j, replacing whatever
 * synthetic graph it held (src/ingest/first-load.ts: the same validation, then neo4j-admin).
 * The benchmark Neo4j must be stopped; `openBenchDatabase` has checked it holds nothing else.
 */
export async function firstLoadSyntheticGraph(options: Omit<GenerateOptions, "reset">): Promise<FirstLoadGenerateResult> {
  const config = { ...readConfig({ ...process.env, NEO4J_URI: "" }), local: localBenchNeo4j };
  function* chunks() {
    yield inMemory([referenceDocument()]);
    for (let start = 0; start < options.cases; start += options.chunk) {
      const end = Math.min(start + options.chunk, options.cases);
      yield inMemory(Array.from({ length: end - start }, (_, i) => caseDocument(start + i, options.seed)));
    }
  }
  const result = await firstLoadLocal(chunks(), config, { log: options.progress, replacing: true });
  const { validate, adminImport, migrateAndPlace } = result.seconds;
  return { cases: options.cases, records: result.records, seconds: validate + adminImport + migrateAndPlace, phases: result.seconds, convictionsPlaced: result.convictionsPlaced };
}
