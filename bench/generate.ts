import { runCli } from "../src/cli/run-cli.ts";
import { ConfigError } from "../src/errors.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { machineDescription, writeResults } from "./benchmarks-doc.ts";
import { firstLoadSyntheticGraph, generateSyntheticGraph, type FirstLoadGenerateResult } from "./generate-graph.ts";

const help = `Usage: npm run bench:generate -- --cases N [--seed S] [--chunk C] [--reset]

Builds a deterministic synthetic graph of N cases (about 11 records each: sources,
investigation, prosecution, defendants, charges, convictions, sentences; plus agencies,
districts, statutes and statistics) and loads it through the importer's validation, C cases
per transaction. Every id starts with "syn-" and every URL is on example.org.

It writes only to the benchmark Neo4j (.neo4j/bench, Bolt port 27687, started if needed),
or to NEO4J_URI if set, and refuses a database that holds any record that is not synthetic.
The first N cases of a larger graph are the N-case graph, so growing the graph imports only
new cases; shrinking it needs --reset.

Options:
  --cases N      cases to hold (1 to 1000000)
  --seed S       PRNG seed (default 1)
  --chunk C      cases per import transaction (default 1000)
  --reset        delete the synthetic graph first
  --first-load   replace the synthetic graph by a bulk load of N cases (the same validation,
                 then neo4j-admin into the stopped benchmark Neo4j; npm run import -- --first-load);
                 writes bench/results/first-load.json and its section of BENCHMARKS.md
`;

runCli(
  help,
  {
    options: {
      cases: { type: "string" },
      seed: { type: "string", default: "1" },
      chunk: { type: "string", default: "1000" },
      reset: { type: "boolean", default: false },
      "first-load": { type: "boolean", default: false },
    },
  },
  async ({ values }) => {
    const count = (name: string, raw: string | undefined, max: number) => {
      const n = Number(raw);
      if (raw === undefined || !/^\d+$/.test(raw) || n < 1 || n > max) {
        throw new ConfigError([`--${name} must be a whole number from 1 to ${max.toLocaleString("en-US")}${raw === undefined ? " (it is required)" : `, not "${raw}"`}`]);
      }
      return n;
    };
    const cases = count("cases", values.cases, 1_000_000);
    const seed = count("seed", values.seed, 2 ** 31);
    const chunk = count("chunk", values.chunk, 100_000);
    const log = (line: string) => console.log(line);
    if (values["first-load"]) {
      // Opened and closed to check the benchmark Neo4j holds only synthetic records, and to stop it.
      const check = await openBenchDatabase(log);
      await check.close();
      log(`Loading ${cases.toLocaleString("en-US")} synthetic cases (seed ${seed}) in bulk...`);
      const result = await firstLoadSyntheticGraph({ cases, seed, chunk, progress: log });
      const measured = {
        date: new Date().toISOString().slice(0, 10),
        command: `npm run bench:generate -- --cases ${cases} --seed ${seed} --first-load`,
        machine: machineDescription(),
        ...result,
        recordsPerSecond: Math.round(result.records / result.seconds),
      };
      log(`Loaded ${result.records.toLocaleString("en-US")} records in ${result.seconds.toFixed(1)} s: ${measured.recordsPerSecond.toLocaleString("en-US")} records per second.`);
      writeResults("first-load", measured, firstLoadMarkdown(measured));
      return;
    }
    const db = await openBenchDatabase(log);
    try {
      log(`Generating ${cases.toLocaleString("en-US")} synthetic cases (seed ${seed}) into ${db.connection.uri}...`);
      const result = await generateSyntheticGraph(db, { cases, seed, chunk, reset: values.reset, progress: log });
      log(
        result.records === 0
          ? "The graph already held these cases; nothing was written."
          : `Imported ${result.records.toLocaleString("en-US")} records in ${result.seconds.toFixed(1)} s: ` +
              `${Math.round(result.records / result.seconds).toLocaleString("en-US")} records per second.`,
      );
    } finally {
      await db.close();
    }
  },
);

function firstLoadMarkdown(result: FirstLoadGenerateResult & { date: string; command: string; machine: string; recordsPerSecond: number }): string {
  const { validate, adminImport, migrateAndPlace } = result.phases;
  return [
    `Measured ${result.date} with \`${result.command}\`, on ${result.machine}.`,
    "",
    "| records | seconds | records per second | validation and CSV | neo4j-admin | migrations and placement |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${result.records.toLocaleString("en-US")} | ${result.seconds.toFixed(1)} | ${result.recordsPerSecond.toLocaleString("en-US")} | ${validate.toFixed(1)} s | ${adminImport.toFixed(1)} s | ${migrateAndPlace.toFixed(1)} s (${result.convictionsPlaced.toLocaleString("en-US")} convictions placed) |`,
    "",
  ].join("\n");
}
