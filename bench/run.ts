import { runCli } from "../src/cli/run-cli.ts";
import { cypher } from "../src/db/cypher.ts";
import { ConfigError } from "../src/errors.ts";
import { openBenchDatabase, syntheticCaseCount } from "./bench-database.ts";
import { machineDescription, writeResults } from "./benchmarks-doc.ts";
import { generateSyntheticGraph } from "./generate-graph.ts";
import { renderReport, type BenchReport, type LoadRun, type SizeResult } from "./report.ts";
import { runLoad } from "./load.ts";
import { graphqlPost, runQueries } from "./run-size.ts";
import { benchQueries, type BenchQuery } from "./workload.ts";

const help = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--iterations 100] [--warmup 20] [--budget 60]
                     [--seed 1] [--load-seconds 10] [--connections 8]

Grows the synthetic graph to each size in turn (npm run bench:generate, in this process) and
at each size measures five queries three ways: (a) the Cypher our API sends, sent through the
driver with the same parameters; (b) the same question through our GraphQL API over HTTP;
(c) the equivalent question through @neo4j/graphql v7 over HTTP (bench/neo4j-graphql). Then
it puts our API under load with autocannon (--connections at once for --load-seconds) on
the tally and the provenance query, checking every answer. It also times the import of each
step. Everything is measured in this one run, on the benchmark Neo4j (.neo4j/bench, port
27687, with APOC core for @neo4j/graphql) or NEO4J_URI; see bench:generate --help.

A query stops early, after at least one measured request, once --budget seconds are spent
on it per path; the tables say how many requests each figure rests on.

Writes bench/results/latest.json and the measured section of BENCHMARKS.md.
`;

runCli(
  help,
  {
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      iterations: { type: "string", default: "100" },
      warmup: { type: "string", default: "20" },
      budget: { type: "string", default: "60" },
      seed: { type: "string", default: "1" },
      "load-seconds": { type: "string", default: "10" },
      connections: { type: "string", default: "8" },
    },
  },
  async ({ values }) => {
    const problems: string[] = [];
    const whole = (name: string, raw: string) => {
      if (!/^\d+$/.test(raw) || Number(raw) < 1) problems.push(`--${name} must be a whole number of 1 or more, not "${raw}"`);
      return Number(raw);
    };
    const sizes = values.sizes.split(",").map((s) => whole("sizes", s.trim()));
    const iterations = whole("iterations", values.iterations);
    const warmup = whole("warmup", values.warmup);
    const seed = whole("seed", values.seed);
    const budget = whole("budget", values.budget);
    const loadSeconds = whole("load-seconds", values["load-seconds"]);
    const connections = whole("connections", values.connections);
    if (sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) problems.push("--sizes must grow, e.g. 1000,10000,100000");
    if (problems.length > 0) throw new ConfigError(problems);

    const log = (line: string) => console.log(line);
    const db = await openBenchDatabase(log);
    const results: SizeResult[] = [];
    const date = new Date().toISOString().slice(0, 10);
    const writeReport = (pending: number[]) => {
      const report: BenchReport = {
        date,
        command: `npm run bench -- --sizes ${sizes.join(",")} --iterations ${iterations} --warmup ${warmup} --budget ${budget} --seed ${seed} --load-seconds ${loadSeconds} --connections ${connections}`,
        machine: machineDescription(),
        seed,
        warmup,
        iterations,
        budget,
        sizes: results,
        pending,
      };
      writeResults("latest", report, renderReport(report));
    };
    try {
      // Start from the smallest size, so that every step's import is measured from there.
      const reset = (await syntheticCaseCount(db)) > sizes[0]!;
      for (const [i, cases] of sizes.entries()) {
        log(`Growing the synthetic graph to ${cases.toLocaleString("en-US")} cases...`);
        const imported = await generateSyntheticGraph(db, { cases, seed, chunk: 1000, reset: reset && i === 0, progress: log });
        const { records } = await db.driver.executeQuery(cypher("bench/record_count"), {}, { database: db.connection.database, routing: "READ" });
        log(`Measuring ${warmup} + ${iterations} requests per query and path...`);
        const load: LoadRun[] = [];
        const { queries, floor } = await runQueries(db, cases, { warmup, iterations, budgetMs: budget * 1000, progress: log }, async ({ ours }, measured) => {
          for (const name of loadQueries) {
            const q = benchQueries.find((b) => b.name === name)!;
            const p50 = measured.find((r) => r.name === name)?.graphql.latency?.p50;
            log(`Load on ${q.name}: ${connections} connections for ${loadSeconds} s...`);
            load.push(await loadOne(q, cases, ours, p50, { connections, seconds: loadSeconds }, log));
          }
        });
        results.push({ cases, records: records[0]!.get("records") as number, imported, queries, floor, load });
        // Written after every size, so that a run stopped by time or memory keeps what it measured.
        writeReport(sizes.slice(i + 1));
      }
    } finally {
      await db.close();
    }

    log(`Wrote bench/results/latest.json and the measured section of BENCHMARKS.md.`);
  },
);

/** The questions the load test puts to our API, the quick one first. */
const loadQueries = ["provenance", "tally"];

async function loadOne(
  q: BenchQuery,
  cases: number,
  url: string,
  p50: number | undefined,
  { connections, seconds }: { connections: number; seconds: number },
  log: (line: string) => void,
): Promise<LoadRun> {
  // A request that takes more than a tenth of the load's duration cannot be measured under
  // load in that time: each connection would finish a few at most, and the requests still
  // running at the end would spill into the next test.
  if (p50 === undefined || p50 > (seconds * 1000) / 10) {
    const failed = p50 === undefined ? "the query fails at this size" : `skipped: one request takes ${(p50 / 1000).toFixed(1)} s, over a tenth of ${seconds} s`;
    log(`  ${failed}`);
    return { name: q.name, connections, seconds, failed };
  }
  const variables = q.variables(cases);
  let expectBody: string;
  try {
    expectBody = await graphqlPost(url, q.query, variables, q.name)();
  } catch (error) {
    log(`  skipped: the query fails at this size`);
    return { name: q.name, connections, seconds, failed: (error as Error).message.slice(0, 300) };
  }
  const result = await runLoad({ url, body: JSON.stringify({ query: q.query, variables }), expectBody, connections, seconds });
  log(
    `  ${result.requestsPerSecond.toFixed(1)} requests/s, p99 ${result.p99} ms; errors ${result.errors}, timeouts ${result.timeouts}, ` +
      `non-2xx ${result.non2xx}, wrong answers ${result.mismatches}`,
  );
  return { name: q.name, connections, seconds, result };
}
