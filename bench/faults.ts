import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runnerFor } from "../src/db/query-runner.ts";
import { startHttpServer } from "../src/api/http-server.ts";
import { hashToken } from "../src/config.ts";
import { runCli } from "../src/cli/run-cli.ts";
import { cypher } from "../src/db/cypher.ts";
import { ensureLocalNeo4j, type LocalNeo4j } from "../src/db/local-neo4j/local-neo4j.ts";
import { projectRoot } from "../src/paths.ts";
import { percentiles } from "./latency.ts";
import { faultCases, faultNeo4j, openFaultDatabase } from "./fault-database.ts";
import { startMixedLoad } from "./mixed-load.ts";
import { caseDocument, syntheticPrefix } from "./synthetic-graph.ts";

const help = `Usage: npm run bench:faults -- [--load-seconds 15] [--outage-seconds 10]

Two faults, on a Neo4j of their own (.neo4j/faults, Bolt 37687), with a small synthetic graph:

1. An import killed midway: bench:generate runs in a child process and is killed (SIGKILL)
   while its transaction is writing. Every case in the graph afterwards must be whole.
2. Neo4j killed under load: 4 clients send reads and writes (one in five) to our API for
   --load-seconds; Neo4j is killed (SIGKILL) and kept down for --outage-seconds while /health
   is polled; then it is started again and the load runs on. Reports how fast the API
   answered while the database was down, when /health turned red and green again, how long
   recovery took, and whether every write the API acknowledged is in the graph.

Writes bench/results/faults.json.
`;

const token = "synthetic-fault-token-0123456789";

runCli(help, { options: { "load-seconds": { type: "string", default: "15" }, "outage-seconds": { type: "string", default: "10" } } }, async ({ values }) => {
  const log = (line: string) => console.log(line);
  const loadSeconds = Number(values["load-seconds"]);
  const outageSeconds = Number(values["outage-seconds"]);
  const opened = await openFaultDatabase(log);
  const { driver } = opened;
  let neo4j: LocalNeo4j = opened.neo4j;
  const read = async <T>(name: string, parameters: Record<string, unknown>, key: string) =>
    (await driver.executeQuery(cypher(name), parameters, { database: "neo4j", routing: "READ" })).records[0]!.get(key) as T;
  try {

    // 1. An import killed midway.
    log("Import killed midway: growing to 3,000 cases in one transaction, killed while it writes...");
    const child = spawn(process.execPath, ["--import", "tsx", "bench/generate.ts", "--cases", "3000", "--chunk", "3000"], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: neo4j.boltUri },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    let writingSeen = 0;
    while (writingSeen < 4 && child.exitCode === null) {
      // Kill only once the import's transaction has been seen running four times in a row.
      writingSeen = (await read<number>("bench/open_write_transactions", {}, "running")) > 0 ? writingSeen + 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const killedMidway = child.exitCode === null;
    child.kill("SIGKILL");
    await exited;
    const ids = new Set(await read<string[]>("bench/synthetic_ids", { prefix: syntheticPrefix }, "ids"));
    const present = new Set([...ids].flatMap((id) => /^syn-(\d+)-/.exec(id)?.[1] ?? []).map(Number));
    const partial = [...present].filter((i) => idsOf(i).some((id) => !ids.has(id)));
    const importResult = { killedWhileWriting: killedMidway, casesAfter: present.size, partialCases: partial.length };
    log(`  killed while writing: ${killedMidway}; cases in the graph: ${present.size} (was ${faultCases}); partial cases: ${partial.length}`);

    // 2. Neo4j killed under load.
    const api = await startHttpServer({ db: runnerFor(driver, "neo4j"), host: "127.0.0.1", port: 0, writeTokenHash: hashToken(token) });
    const load = startMixedLoad(`${api.url}/graphql`, { clients: 4, cases: faultCases, token });
    const began = Date.now();
    const health: { at: number; status: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const at = Date.now() - began;
        const status = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0);
        health.push({ at, status });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, loadSeconds * 1000));
    log(`Killing Neo4j (pid ${neo4j.pid}) under load...`);
    const killedAt = Date.now() - began;
    process.kill(-neo4j.pid!, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, outageSeconds * 1000));
    log("Starting Neo4j again...");
    const restartAt = Date.now() - began;
    neo4j = await ensureLocalNeo4j(faultNeo4j, { log });
    const upAt = Date.now() - began;
    await new Promise((resolve) => setTimeout(resolve, loadSeconds * 1000));
    await load.stop();
    polling = false;
    await poller;
    await api.stop();

    const during = load.tally.samples.filter((s) => s.at >= killedAt && s.at < restartAt);
    const firstOkAfter = load.tally.samples.find((s) => s.at >= upAt && s.ok) ?? load.tally.samples.find((s) => s.at >= restartAt && s.ok);
    const redAt = health.find((h) => h.at >= killedAt && h.status !== 200)?.at;
    const greenAt = health.find((h) => h.at >= restartAt && h.status === 200)?.at;
    const acknowledged = load.tally.acknowledged;
    const kept = await read<number>("bench/ids_present", { ids: acknowledged }, "present");
    const result = {
      import: importResult,
      neo4jKill: {
        requests: load.tally.reads + load.tally.writes,
        failuresByCode: load.tally.failures,
        duringOutage: { requests: during.length, ...percentiles(during.map((s) => s.ms)), answeredOk: during.filter((s) => s.ok).length },
        healthRedAfterKillMs: redAt === undefined ? null : redAt - killedAt,
        neo4jStartMs: upAt - restartAt,
        firstAnswerAfterNeo4jUpMs: firstOkAfter === undefined ? null : firstOkAfter.at + firstOkAfter.ms - upAt,
        healthGreenAfterNeo4jUpMs: greenAt === undefined ? null : greenAt - upAt,
        writesAcknowledged: acknowledged.length,
        writesFoundAfterRestart: kept,
      },
    };
    log(JSON.stringify(result, null, 2));
    mkdirSync(path.join(projectRoot, "bench", "results"), { recursive: true });
    writeFileSync(path.join(projectRoot, "bench", "results", "faults.json"), JSON.stringify(result, null, 2) + "\n");
  } finally {
    await driver.close();
    await neo4j.stop();
  }
});

function idsOf(i: number): string[] {
  return Object.values(caseDocument(i, 1).content).flatMap((records) => (records as { id?: string }[]).flatMap((r) => r.id ?? []));
}
