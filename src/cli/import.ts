import path from "node:path";
import { readConfig, settingsHelp } from "../config.ts";
import { openGraph } from "../graph/open-graph.ts";
import { formatSummary, importSeed } from "../ingest/import-seed.ts";
import { runCli } from "./run-cli.ts";

const help = `Usage: npm run import -- [--dry-run] <file-or-folder>...

Imports seed YAML (see seed/README.md and seed/schema.json) into the graph. Every file is
validated first and every problem is listed with its file, line and field; if there is any,
nothing is written. Otherwise all changes are written in one transaction, with the placement
of every conviction they touch (docs/model.md). A file is the truth about its records: one it
held at its last import and no longer holds is removed, unless another file still refers to
it. Importing the same files twice changes nothing.

Options:
  --dry-run   validate and compare with the graph, write nothing
  --help      this text

Uses NEO4J_URI, or the local Neo4j (started for the import if it is not running).
Configuration, from environment variables:
${settingsHelp()}
`;

runCli(help, { allowPositionals: true, options: { "dry-run": { type: "boolean" } } }, async ({ values, positionals }) => {
  if (positionals.length === 0) {
    console.error(`Name at least one file or folder to import.\n\n${help}`);
    process.exitCode = 2;
    return;
  }
  const config = readConfig(process.env);
  const log = (line: string) => console.log(line);
  const db = await openGraph(config, { log });
  try {
    // npm runs scripts from the project root; paths are meant from where the user typed them.
    const base = process.env.INIT_CWD ?? process.cwd();
    const summary = await importSeed(positionals.map((input) => path.resolve(base, input)), {
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
