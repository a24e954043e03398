import { runnerFor } from "../src/db/query-runner.ts";
import { startHttpServer } from "../src/api/http-server.ts";
import { runCli } from "../src/cli/run-cli.ts";
import { BenchmarkError } from "../src/errors.ts";
import { openBenchDatabase, syntheticCaseCount } from "./bench-database.ts";
import { recordingDriver, type RecordedQuery } from "./recording-driver.ts";
import { benchQueries } from "./workload.ts";

const help = `Usage: npm run bench:profile -- [--query tally] [--all]

Sends each benchmark question through our API once, records the Cypher it runs, and runs
that Cypher again under PROFILE on the benchmark graph (build it first with
npm run bench:generate). Prints each plan's operators with rows and database hits, and
flags the operators that make a plan grow with the graph: label scans, cartesian products
and Eager. --all prints every operator, not only the costly and flagged ones.
`;

interface PlanOperator {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

const flagged = /AllNodesScan|NodeByLabelScan|CartesianProduct|Eager/;

runCli(help, { options: { query: { type: "string" }, all: { type: "boolean", default: false } } }, async ({ values }) => {
  const log = (line: string) => console.log(line);
  const db = await openBenchDatabase(log);
  try {
    const cases = await syntheticCaseCount(db);
    if (cases === 0) throw new BenchmarkError("The benchmark graph is empty; run npm run bench:generate -- --cases 1000 first.");
    const recording = recordingDriver(db.driver);
    const server = await startHttpServer({ db: runnerFor(recording.driver, db.connection.database), host: "127.0.0.1", port: 0 });
    try {
      for (const q of benchQueries.filter((x) => values.query === undefined || x.name === values.query)) {
        recording.take();
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: q.query, variables: q.variables(cases) }),
        });
        await response.text();
        const [recorded] = recording.take().filter((s): s is RecordedQuery => s !== "session");
        if (recorded === undefined) throw new BenchmarkError(`${q.name} sent no query`);
        const session = db.driver.session({ database: db.connection.database, defaultAccessMode: "READ" });
        try {
          const result = await session.run(`PROFILE ${recorded.query}`, recorded.parameters);
          const plan = result.summary.profile as unknown as PlanOperator;
          const total = sumHits(plan);
          const plain = await session.run(recorded.query, recorded.parameters);
          const available = plain.summary.resultAvailableAfter.toNumber?.() ?? Number(plain.summary.resultAvailableAfter);
          const consumed = plain.summary.resultConsumedAfter.toNumber?.() ?? Number(plain.summary.resultConsumedAfter);
          log(
            `\n${q.name} at ${cases.toLocaleString("en-US")} cases: ${total.toLocaleString("en-US")} db hits; ` +
              `without PROFILE the server had the first row after ${available} ms and the last after ${available + consumed} ms`,
          );
          print(plan, 1, total, values.all, log);
        } finally {
          await session.close();
        }
      }
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
  }
});

function sumHits(op: PlanOperator): number {
  return op.dbHits + op.children.reduce((sum, c) => sum + sumHits(c), 0);
}

function print(op: PlanOperator, depth: number, total: number, all: boolean, log: (line: string) => void): void {
  const name = op.operatorType.replace(/@.*$/, "");
  const costly = op.dbHits >= total * 0.05;
  if (all || costly || flagged.test(name)) {
    const details = String(op.arguments.Details ?? "").replace(/\s+/g, " ").slice(0, 110);
    log(`${"  ".repeat(depth)}${flagged.test(name) ? "!" : "-"} ${name} rows=${op.rows} hits=${op.dbHits}  ${details}`);
  }
  op.children.forEach((c) => print(c, depth + 1, total, all, log));
}
