import path from "node:path";
import { readConfig, settingsHelp } from "../config.ts";
import { openGraph } from "../graph/open-graph.ts";
import { firstLoadLocal } from "../ingest/first-load.ts";
import { formatSummary, importSeed } from "../ingest/import-seed.ts";
import { ImportValidationError } from "../ingest/problems.ts";
import { listSeedFiles, readSeedFile } from "../ingest/read-seed-files.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run import -- [--dry-run] <file-or-folder>...

Imports seed YAML (see seed/README.md and seed/schema.json) into the graph. Every file is
validated first and every problem is listed with its file, line and field; if there is any,
nothing is written. Otherwise all changes are written in one transaction, with the placement
of every conviction they touch (docs/model.md). A file is the truth about its records: one it
held at its last import and no longer holds is removed, unless another file still refers to
it. Importing the same files twice changes nothing.

Options:
  --dry-run      validate and compare with the graph, write nothing
  --first-load   load an empty local Neo4j in bulk: the same validation, then Neo4j's own
                 bulk importer (neo4j-admin database import) writes the stopped database
                 (1.5x the transactional rate at 10^5 cases, BENCHMARKS.md); the local
                 Neo4j must be stopped
  --help         this text

Uses NEO4J_URI, or the local Neo4j (started for the import if it is not running).
Configuration, from environment variables:
${settingsHelp()}
`;

runCli(help, { allowPositionals: true, options: { "dry-run": { type: "boolean" }, "first-load": { type: "boolean" } } }, async ({ values, positionals }) => {
  if (positionals.length === 0) {
    console.error(`Name at least one file or folder to import.\n\n${help}`);
    process.exitCode = 2;
    return;
  }
  const config = readConfig(process.env);
  const log = (line: string) => console.log(line);
  // npm runs scripts from the project root; paths are meant from where the user typed them.
  const base = process.env.INIT_CWD ?? process.cwd();
  const inputs = positionals.map((input) => path.resolve(base, input));
  if (values["first-load"]) {
    const { files, problems } = listSeedFiles(inputs);
    if (problems.length > 0) throw new ImportValidationError(problems);
    const result = await firstLoadLocal([files.map((file) => () => readSeedFile(file))], config, { log });
    const { validate, adminImport, migrateAndPlace } = result.seconds;
    console.log(
      `Loaded ${result.records.toLocaleString("en-US")} records from ${files.length} files and placed ${result.convictionsPlaced.toLocaleString("en-US")} convictions ` +
        `in ${(validate + adminImport + migrateAndPlace).toFixed(1)} s (validation and CSV ${validate.toFixed(1)} s, neo4j-admin ${adminImport.toFixed(1)} s, migrations and placement ${migrateAndPlace.toFixed(1)} s).`,
    );
    return;
  }
  const db = await openGraph(config, { log });
  try {
    const summary = await importSeed(inputs, {
      db: db.runner,
      dryRun: values["dry-run"] === true,
      progress: log,
      timeoutMs: config.importTimeoutMs,
    });
    console.log(formatSummary(summary));
  } finally {
    await db.close(log);
  }
});
