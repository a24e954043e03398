import { runCli } from "../src/cli/run-cli.ts";
import { ConfigError } from "../src/errors.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { generateSyntheticGraph } from "./generate-graph.ts";

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
  --cases N   cases to hold (1 to 1000000)
  --seed S    PRNG seed (default 1)
  --chunk C   cases per import transaction (default 1000)
  --reset     delete the synthetic graph first
`;

runCli(
  help,
  {
    options: {
      cases: { type: "string" },
      seed: { type: "string", default: "1" },
      chunk: { type: "string", default: "1000" },
      reset: { type: "boolean", default: false },
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
