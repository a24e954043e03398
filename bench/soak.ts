import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runnerFor } from "../src/db/query-runner.ts";
import { startHttpServer } from "../src/api/http-server.ts";
import { hashToken } from "../src/config.ts";
import { runCli } from "../src/cli/run-cli.ts";
import { projectRoot } from "../src/paths.ts";
import { faultCases, openFaultDatabase } from "./fault-database.ts";
import { startMixedLoad } from "./mixed-load.ts";

const help = `Usage: npm run bench:soak -- [--minutes 10] [--clients 4]

Sustained mixed load on our API: --clients loops send reads and writes (one in five) for
--minutes, on the fault-test Neo4j (.neo4j/faults, Bolt 37687) with 300 synthetic cases.
Every 10 s it samples this process's heap, RSS and open handles, and requests answered;
it reports the first and last minute side by side. Writes bench/results/soak.json.
`;

const token = "synthetic-soak-token-0123456789";

runCli(help, { options: { minutes: { type: "string", default: "10" }, clients: { type: "string", default: "4" } } }, async ({ values }) => {
  const log = (line: string) => console.log(line);
  const minutes = Number(values.minutes);
  const { neo4j, driver } = await openFaultDatabase(log);
  try {
    const api = await startHttpServer({ db: runnerFor(driver, "neo4j"), host: "127.0.0.1", port: 0, writeTokenHash: hashToken(token) });
    const load = startMixedLoad(`${api.url}/graphql`, { clients: Number(values.clients), cases: faultCases, token, keep: false });
    const samples: { second: number; heapMB: number; rssMB: number; handles: number; requests: number }[] = [];
    const began = Date.now();
    while (Date.now() - began < minutes * 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      const memory = process.memoryUsage();
      const sample = {
        second: Math.round((Date.now() - began) / 1000),
        heapMB: Math.round(memory.heapUsed / 2 ** 20),
        rssMB: Math.round(memory.rss / 2 ** 20),
        handles: process.getActiveResourcesInfo().length,
        requests: load.tally.reads + load.tally.writes,
      };
      samples.push(sample);
      log(`  ${sample.second} s: heap ${sample.heapMB} MB, RSS ${sample.rssMB} MB, ${sample.handles} handles, ${sample.requests} requests`);
    }
    await load.stop();
    await api.stop();
    const minute = (list: typeof samples) => ({
      heapMB: Math.round(list.reduce((s, x) => s + x.heapMB, 0) / list.length),
      rssMB: Math.round(list.reduce((s, x) => s + x.rssMB, 0) / list.length),
      handles: Math.max(...list.map((x) => x.handles)),
    });
    const result = {
      minutes,
      clients: Number(values.clients),
      requests: load.tally.reads + load.tally.writes,
      reads: load.tally.reads,
      writes: load.tally.writes,
      failuresByCode: load.tally.failures,
      firstMinute: minute(samples.slice(0, 6)),
      lastMinute: minute(samples.slice(-6)),
      samples,
    };
    log(JSON.stringify({ ...result, samples: undefined }, null, 2));
    mkdirSync(path.join(projectRoot, "bench", "results"), { recursive: true });
    writeFileSync(path.join(projectRoot, "bench", "results", "soak.json"), JSON.stringify(result, null, 2) + "\n");
  } finally {
    await driver.close();
    await neo4j.stop();
  }
});
