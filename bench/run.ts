import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../src/cli/run-cli.ts";
import { cypher } from "../src/db/cypher.ts";
import { neo4jVersion } from "../src/db/local-neo4j/classpath.ts";
import { ConfigError } from "../src/errors.ts";
import { projectRoot } from "../src/paths.ts";
import { openBenchDatabase, syntheticCaseCount } from "./bench-database.ts";
import { generateSyntheticGraph } from "./generate-graph.ts";
import { renderReport, type BenchReport, type SizeResult } from "./report.ts";
import { runQueries } from "./run-size.ts";

const help = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--iterations 100] [--warmup 20] [--budget 60] [--seed 1]

Grows the synthetic graph to each size in turn (npm run bench:generate, in this process) and
at each size measures five queries two ways: (a) the Cypher our API sends, sent through the
driver with the same parameters; (b) the same question through our GraphQL API over HTTP.
It also times the import of each step. Everything is measured in this one run, on the
benchmark Neo4j (.neo4j/bench, port 27687) or NEO4J_URI; see bench:generate --help.

A query stops early, after at least one measured request, once --budget seconds are spent
on it per path; the tables say how many requests each figure rests on.

Writes bench/results/latest.json and the measured section of BENCHMARKS.md.
`;

const marker = { start: "<!-- measured: start -->", end: "<!-- measured: end -->" };

runCli(
  help,
  {
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      iterations: { type: "string", default: "100" },
      warmup: { type: "string", default: "20" },
      budget: { type: "string", default: "60" },
      seed: { type: "string", default: "1" },
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
    if (sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) problems.push("--sizes must grow, e.g. 1000,10000,100000");
    if (problems.length > 0) throw new ConfigError(problems);

    const log = (line: string) => console.log(line);
    const db = await openBenchDatabase(log);
    const results: SizeResult[] = [];
    try {
      // Start from the smallest size, so that every step's import is measured from there.
      const reset = (await syntheticCaseCount(db)) > sizes[0]!;
      for (const [i, cases] of sizes.entries()) {
        log(`Growing the synthetic graph to ${cases.toLocaleString("en-US")} cases...`);
        const imported = await generateSyntheticGraph(db, { cases, seed, chunk: 1000, reset: reset && i === 0, progress: log });
        const { records } = await db.driver.executeQuery(cypher("bench/record_count"), {}, { database: db.connection.database, routing: "READ" });
        log(`Measuring ${warmup} + ${iterations} requests per query and path...`);
        const queries = await runQueries(db, cases, { warmup, iterations, budgetMs: budget * 1000, progress: log });
        results.push({ cases, records: records[0]!.get("records") as number, imported, queries });
      }
    } finally {
      await db.close();
    }

    const cpus = os.cpus();
    const report: BenchReport = {
      date: new Date().toISOString().slice(0, 10),
      command: `npm run bench -- --sizes ${sizes.join(",")} --iterations ${iterations} --warmup ${warmup} --budget ${budget} --seed ${seed}`,
      machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, Neo4j Community ${neo4jVersion()}`,
      seed,
      warmup,
      iterations,
      budget,
      sizes: results,
    };
    const resultsDir = path.join(projectRoot, "bench", "results");
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, "latest.json"), JSON.stringify(report, null, 2) + "\n");
    const docFile = path.join(projectRoot, "BENCHMARKS.md");
    const doc = readFileSync(docFile, "utf8");
    const a = doc.indexOf(marker.start);
    const b = doc.indexOf(marker.end);
    if (a < 0 || b < a) throw new ConfigError([`BENCHMARKS.md lacks the ${marker.start} ... ${marker.end} markers`]);
    writeFileSync(docFile, `${doc.slice(0, a + marker.start.length)}\n${renderReport(report)}${doc.slice(b)}`);
    log(`Wrote bench/results/latest.json and the measured section of BENCHMARKS.md.`);
  },
);
