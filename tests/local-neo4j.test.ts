import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalNeo4jSettings } from "../src/config.ts";
import type { QualityReport } from "../src/graph/quality-report.ts";
import { neo4jVersion } from "../src/db/local-neo4j/classpath.ts";
import { findExecutable } from "../src/db/local-neo4j/find-executable.ts";
import { ensureLocalNeo4j, type LocalNeo4j } from "../src/db/local-neo4j/local-neo4j.ts";
import { freePort, portAnswers } from "../src/db/local-neo4j/ports.ts";
import { seedDir } from "../src/ingest/load-seed-if-empty.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { graphFingerprint } from "./helpers/fingerprint.ts";

// These tests start their own server, in a temporary folder on free ports, apart from the
// run's test database and from any Neo4j a user runs.
let settings: LocalNeo4jSettings;
let first: LocalNeo4j;
let scratch: string;
/** The seed's records as npm start's import wrote them. */
let seedAsImported: string;

const localEnv = () =>
  cleanEnv({
    NEO4J_LOCAL_DIR: settings.dir,
    NEO4J_LOCAL_BOLT_PORT: String(settings.boltPort),
    NEO4J_LOCAL_HTTP_PORT: String(settings.httpPort),
    NEO4J_LOCAL_HEAP: settings.heap,
    PORT: "0",
  });

async function entityFingerprint(): Promise<string> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${settings.boltPort}`);
  try {
    return await graphFingerprint(driver, "neo4j", "Entity");
  } finally {
    await driver.close();
  }
}

async function query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${settings.boltPort}`, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "local-neo4j-test-"));
  settings = { dir: path.join(scratch, "neo4j"), boltPort: await freePort(), httpPort: await freePort(), heap: "512m" };
});

afterAll(async () => {
  await first?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe("the local Neo4j", () => {
  it("is the real Neo4j Community server, started from Maven Central jars", async () => {
    first = await ensureLocalNeo4j(settings);
    expect(first.reused).toBe(false);
    expect(first.boltUri).toBe(`bolt://127.0.0.1:${settings.boltPort}`);
    const [kernel] = await query<{ name: string; edition: string; versions: string[] }>(
      "CALL dbms.components() YIELD name, edition, versions RETURN name, edition, versions",
    );
    expect(kernel).toEqual({ name: "Neo4j Kernel", edition: "community", versions: [neo4jVersion()] });
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it("serves Neo4j Browser at /browser/", async () => {
    const response = await fetch(first.browserUrl);
    expect(first.browserUrl).toBe(
      `http://127.0.0.1:${settings.httpPort}/browser/?dbms=bolt://127.0.0.1:${settings.boltPort}&preselectAuthMethod=NO_AUTH`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Neo4j Browser</title>");
  });

  it("is reused by a second start, which leaves it running when stopped", async () => {
    const second = await ensureLocalNeo4j(settings);
    expect(second).toMatchObject({ reused: true, pid: undefined, boltUri: first.boltUri });
    await second.stop();
    expect(await portAnswers(settings.boltPort)).toBe(true);
  });

  it("is reused by npm start, which loads the seed into the empty graph, and Ctrl-C leaves it running", async () => {
    const run = runCli("start", localEnv());
    await run.waitFor(/Press Ctrl-C to stop\./);
    expect(run.output()).toContain(`Reusing the Neo4j already running at bolt://127.0.0.1:${settings.boltPort}.`);
    expect(run.output()).toContain("The graph is empty; loading the seed data");
    expect(run.output()).toMatch(/Imported \d+ files: \d+ created, 0 updated, 0 unchanged records\./);
    expect(
      await query("MATCH (c:Claim {id: 'claim-factcheck-hsi-arrests-fy2023'})-[:SCOPE_AGENCY]->(a) RETURN c.value AS value, a.id AS scope"),
    ).toEqual([{ value: 2610, scope: "hsi" }]);
    seedAsImported = await entityFingerprint();

    // The seed's data-quality report: no orphans, and the seed answer's scope and period slips.
    const check = runCli("check", localEnv(), ["--json"]);
    expect(await check.exited).toBe(0);
    const report = JSON.parse(check.stdout()) as QualityReport;
    expect(report.factsWithoutSource).toEqual([]);
    expect(report.uncitedSources).toEqual([]);
    expect(report.danglingReferences).toEqual([]);
    expect(report.eventsAfterSource).toEqual([]);
    expect(report.conflictingFigures).toEqual([]);
    expect(report.discrepancies.map((d) => [d.claim, d.differences.map((x) => `${x.aspect}: ${x.claim} / ${x.restated}`)])).toEqual([
      ["claim-factcheck-hsi-arrests-fy2023", ["scope agency: HSI / DHS"]],
      ["claim-factcheck-hsi-child-exploitation-convictions", ["period: unknown / FY2022"]],
      ["claim-latinarepublic-hsi-arrests-fy2023", ["scope agency: HSI / DHS"]],
    ]);
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(run.output()).not.toContain("Stopping Neo4j");
    expect(await portAnswers(settings.boltPort)).toBe(true);
  });

  it("stops cleanly", async () => {
    await query("CREATE (:SchemaVersion {id: 'test-survives-restart', version: -1})");
    await first.stop();
    expect(await portAnswers(settings.boltPort)).toBe(false);
    expect(() => process.kill(first.pid!, 0)).toThrow();
    expect(readFileSync(first.logFile, "utf8").trimEnd()).toMatch(/INFO {2}Stopped\.$/);
  });

  it("keeps its data across restarts, and npm start stops the Neo4j it started on Ctrl-C", async () => {
    const run = runCli("start", localEnv());
    const [, health] = await run.waitFor(/Health: +(\S+)/);
    expect(run.output()).toMatch(/Neo4j started in [\d.]+ s\./);
    expect(run.output()).not.toContain("loading the seed");
    expect((await fetch(health!)).status).toBe(200);
    expect(await query("MATCH (n:SchemaVersion {id: 'test-survives-restart'}) RETURN n.version AS version")).toEqual([
      { version: -1 },
    ]);
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/Stopping Neo4j\.\.\.\nStopped\.\n$/);
    expect(await portAnswers(settings.boltPort)).toBe(false);
  });

  it("takes a first load in bulk only into a stopped, empty database, where it writes what npm run import writes", async () => {
    // Stopped, and holding the seed: refused, and nothing written.
    const refused = runCli("import", localEnv(), ["--first-load", seedDir]);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain("Error: The graph is not empty: a first load replaces the whole database. Use npm run import.");
    const server = await ensureLocalNeo4j(settings);
    expect(await entityFingerprint()).toBe(seedAsImported);
    // Running: refused before anything is read.
    const running = runCli("import", localEnv(), ["--first-load", seedDir]);
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain(`is running; stop it first`);
    await query("MATCH (n) DETACH DELETE n");
    await server.stop();

    const load = runCli("import", localEnv(), ["--first-load", seedDir]);
    expect(await load.exited).toBe(0);
    expect(load.output()).toMatch(/^Loaded \d[\d,]* records from \d+ files and placed \d+ convictions in [\d.]+ s/m);
    const loaded = await ensureLocalNeo4j(settings);
    try {
      // Every record, relationship and stored placement, property by property.
      expect(await entityFingerprint()).toBe(seedAsImported);
    } finally {
      await loaded.stop();
    }
  });

  it("says what to install when java is missing", async () => {
    const emptyPath = mkdtempSync(path.join(scratch, "path-"));
    const env: NodeJS.ProcessEnv = { ...localEnv(), PATH: emptyPath };
    delete env.JAVA_HOME;
    const run = runCli("start", env);
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe(
      "Error: Java was not found (no JAVA_HOME, no java on the PATH); the local Neo4j runs on it. " +
        "Install a JDK or JRE 17 or 21 (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; " +
        "macOS: `brew install openjdk@17`), or point JAVA_HOME at one.\n" +
        "Or skip the local Neo4j: run `docker compose up` (see README), or set NEO4J_URI to a Neo4j you already have.\n",
    );
  });

  it("says what to install when Maven is missing on the first start", async () => {
    const javaOnly = mkdtempSync(path.join(scratch, "path-"));
    symlinkSync(findExecutable("java", process.env)!, path.join(javaOnly, "java"));
    const env: NodeJS.ProcessEnv = { ...localEnv(), PATH: javaOnly, NEO4J_LOCAL_DIR: path.join(scratch, "never-resolved") };
    delete env.JAVA_HOME;
    const run = runCli("start", env);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(
      "Error: Maven (mvn) was not found on the PATH; it fetches the Neo4j jars from Maven Central on the first start.",
    );
    expect(run.output()).toContain("docker compose up");
  });
});
