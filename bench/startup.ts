import { spawn, spawnSync } from "node:child_process";
import { runCli } from "../src/cli/run-cli.ts";
import { ConfigError } from "../src/errors.ts";
import { projectRoot } from "../src/paths.ts";
import { machineDescription, writeResults } from "./benchmarks-doc.ts";
import { openFaultDatabase } from "./fault-database.ts";
import { percentiles } from "./latency.ts";

const help = `Usage: npm run bench:startup -- [--runs 10]

How long the API takes from launch to "ready", three ways:

  development  npm start                             TypeScript through tsx
  production   NODE_ENV=production npm start         the compiled dist/ (npm run build:server)
  container    NODE_ENV=production node dist/cli/start.js   the image's CMD, without npm

Each start goes to a Neo4j that is already running and holds a small synthetic graph (the
fault scripts' own, .neo4j/faults, Bolt 37687), so every start does the same work: connect,
check the migrations, find the graph not empty, start the API. The ways alternate, --runs
times each. Also measured: the resident memory of the server process once ready, and the
time of npm run build:server. Writes bench/results/startup.json and its section of
BENCHMARKS.md.
`;

const ways = [
  { name: "development", command: "npm start", argv: ["npm", "start"], production: false },
  { name: "production", command: "NODE_ENV=production npm start", argv: ["npm", "start"], production: true },
  { name: "container", command: "NODE_ENV=production node dist/cli/start.js", argv: [process.execPath, "dist/cli/start.js"], production: true },
] as const;

runCli(help, { options: { runs: { type: "string", default: "10" } } }, async ({ values }) => {
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new ConfigError([`--runs ${values.runs}: must be a whole number, 1 or more`]);
  const log = (line: string) => console.log(line);

  const buildStarted = performance.now();
  const build = spawnSync("npm", ["run", "build:server"], { cwd: projectRoot, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build:server failed:\n${build.stdout}${build.stderr}`);
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  log(`npm run build:server: ${buildSeconds.toFixed(1)} s`);

  const { neo4j, driver } = await openFaultDatabase(log);
  const samples = Object.fromEntries(ways.map((w) => [w.name, { readyMs: [] as number[], rssMb: [] as number[] }]));
  try {
    for (let run = 0; run < runs; run++) {
      // Rotate the order, so that no way always runs first (or right after another).
      for (const way of ways.map((_, i) => ways[(i + run) % ways.length]!)) {
        const { readyMs, rssMb } = await timeStart(way.argv, way.production, neo4j.boltUri);
        samples[way.name]!.readyMs.push(readyMs);
        samples[way.name]!.rssMb.push(rssMb);
        log(`run ${run + 1}/${runs}, ${way.name}: ready in ${readyMs.toFixed(0)} ms, ${rssMb.toFixed(0)} MB resident`);
      }
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }

  const summary = ways.map((way) => {
    const { readyMs, rssMb } = samples[way.name]!;
    return { way: way.name, command: way.command, ready: percentiles(readyMs), readyMinMs: Math.min(...readyMs), readyMaxMs: Math.max(...readyMs), rssMbP50: percentiles(rssMb).p50 };
  });
  const p50 = (name: string) => summary.find((s) => s.way === name)!.ready.p50;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    command: `npm run bench:startup -- --runs ${runs}`,
    machine: machineDescription(),
    buildServerSeconds: buildSeconds,
    ways: summary,
    ratios: { developmentOverProduction: p50("development") / p50("production"), productionOverContainer: p50("production") / p50("container") },
  };
  writeResults("startup", result, render(result));
  log(render(result));
});

/** Launches one way, waits for the ready line, reads the server's memory, and stops it with Ctrl-C. */
async function timeStart(argv: readonly string[], production: boolean, boltUri: string): Promise<{ readyMs: number; rssMb: number }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(NEO4J_|npm_)|^(HOST|PORT|NODE_ENV|API_.*)$/.test(name)) env[name] = value;
  }
  Object.assign(env, { NEO4J_URI: boltUri, PORT: "0", LOG_LEVEL: "warn" }, production ? { NODE_ENV: "production" } : {});
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: projectRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  let output = "";
  const readyMs = await new Promise<number>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Provenance graph API is ready.")) resolve(performance.now() - started);
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`${argv.join(" ")} ended before it was ready:\n${output}`)));
  });
  const rssMb = serverRssMb(child.pid!);
  process.kill(-child.pid!, "SIGINT");
  await exited;
  return { readyMs, rssMb };
}

/** Resident memory of the node process that serves the API, in the process group `group` (npm starts it as a child). */
function serverRssMb(group: number): number {
  const ps = spawnSync("ps", ["-o", "pid=,rss=,args=", "-g", String(group)], { encoding: "utf8" });
  const server = ps.stdout
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .find((m) => m !== null && /^\S*node (bin\/run\.mjs start|dist\/cli\/start\.js)/.test(m[3]!));
  if (!server) throw new Error(`No server process in group ${group}:\n${ps.stdout}`);
  return Number(server[2]) / 1024;
}

function render(result: { date: string; command: string; machine: string; buildServerSeconds: number; ways: { way: string; command: string; ready: { p50: number; samples: number }; readyMinMs: number; readyMaxMs: number; rssMbP50: number }[]; ratios: { developmentOverProduction: number; productionOverContainer: number } }): string {
  const lines = [
    `Measured ${result.date} with \`${result.command}\`, on ${result.machine}. \`npm run build:server\` took ${result.buildServerSeconds.toFixed(1)} s.`,
    "",
    "| way | command | ready, p50 ms | min-max ms | runs | resident memory at ready, p50 MB |",
    "| --- | --- | --- | --- | --- | --- |",
    ...result.ways.map((w) => `| ${w.way} | \`${w.command}\` | ${w.ready.p50.toFixed(0)} | ${w.readyMinMs.toFixed(0)}-${w.readyMaxMs.toFixed(0)} | ${w.ready.samples} | ${w.rssMbP50.toFixed(0)} |`),
    "",
    `Development over production, p50: ${result.ratios.developmentOverProduction.toFixed(2)}×. Production through npm over the bare node command: ${result.ratios.productionOverContainer.toFixed(2)}×.`,
    "",
  ];
  return lines.join("\n");
}
