import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { print } from "graphql";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ConvictionTallyDocument, type ConvictionTallyQuery } from "../src/api/generated/operations.ts";
import { freePort } from "../src/db/local-neo4j/ports.ts";
import { projectRoot } from "../src/paths.ts";
import { runProcess, type CliRun } from "./helpers/cli.ts";
import { findContainerEngine } from "./helpers/container-engine.ts";
import { testDriver } from "./helpers/db.ts";
import { hostPath, imageCommand, removeScratch, replayDockerfile, ReplayFailure, type Replay, type ReplayedStage } from "./helpers/dockerfile-replay.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// The container path on a machine without Docker: the Dockerfile replayed step by step, the
// result started against the test Neo4j, and docker-compose.yml checked against the Compose
// Specification. Where a container engine and the base images are present, the real build.

const neo4j = inject("neo4j");
const log = (line: string) => console.log(`[docker replay] ${line}`);
const newScratch = (name: string) => mkdtempSync(path.join(tmpdir(), `${name}-`));

describe("the Dockerfile, replayed without Docker", () => {
  const { driver, database, db } = testDriver();
  const scratch = newScratch("docker-replay");
  let replay: Replay;
  let image: ReplayedStage;

  beforeAll(async () => {
    replay = await replayDockerfile({ context: projectRoot, scratch, log });
    image = replay.image;
    await loadSeed(db);
  }, 900_000);
  afterAll(async () => {
    removeScratch(scratch);
    await removeSeed(driver, database);
    await driver.close();
  });

  it("runs every npm and node step, and no step is left out", () => {
    expect(replay.steps.filter((s) => s.outcome === "not replayed")).toEqual([]);
    expect(replay.steps.filter((s) => s.text.startsWith("RUN")).map((s) => [s.stage, s.text, s.outcome])).toEqual([
      ["build", "RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts", "replayed"],
      ["build", "RUN npm run build", "replayed"],
      ["1", "RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts", "replayed"],
    ]);
  });

  it("makes an image of production dependencies and built files, run by an unprivileged user", () => {
    const app = hostPath(image, ".");
    expect(readdirSync(app).sort()).toEqual(["LICENSE", "bin", "cypher", "dist", "node_modules", "package-lock.json", "package.json", "playground", "schema.graphql", "seed"]);
    for (const devOnly of ["tsx", "typescript", "vite", "vitest", "graphiql", "@neo4j/graphql"]) {
      expect(existsSync(path.join(app, "node_modules", devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(path.join(app, "dist", "cli", "start.js"))).toBe(true);
    expect(existsSync(path.join(app, "playground", "dist", "index.html"))).toBe(true);
    expect({ user: image.user, workdir: image.workdir, cmd: image.cmd, env: image.env, exposed: image.exposed }).toEqual({
      user: "node",
      workdir: "/app",
      cmd: ["node", "dist/cli/start.js"],
      env: { NODE_ENV: "production", HOST: "0.0.0.0", PORT: "4000" },
      exposed: ["4000"],
    });
    expect(image.healthcheck?.command).toEqual(["node", "dist/cli/healthcheck.js"]);
    // USER node owns none of the files COPY and npm make (root does): each must be readable by all.
    expect(entriesNotReadableByAll(app)).toEqual([]);
    log(`the runtime stage adds ${(folderBytes(app) / 1e6).toFixed(1)} MB to the base image (node_modules ${(folderBytes(path.join(app, "node_modules")) / 1e6).toFixed(1)} MB)`);
  });

  it("starts against the test Neo4j: /health is green, the healthcheck passes, the seed question answers", async () => {
    const port = await freePort();
    const started = startImageCommand(image, image.cmd!, port);
    try {
      await started.waitFor(/Provenance graph API is ready\./, 60_000);
      const base = `http://127.0.0.1:${port}`;
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", database: { connected: true } });
      expect(runImageCommand(image, image.healthcheck!.command, port)).toMatchObject({ status: 0 });

      const tally = await graphql<ConvictionTallyQuery>(base, print(ConvictionTallyDocument), { since: "2023-01-01", agency: "hsi" });
      expect(tally.errors).toBeUndefined();
      expect(tally.data?.convictionTally.convictionsInWindow).toBe(2); // as tests/api.test.ts computes it by hand
      // NODE_ENV=production: no introspection, so the playground carries the schema itself.
      const introspection = await graphql<unknown>(base, "{ __schema { queryType { name } } }", {});
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(await page.text())?.[1];
      expect(await (await fetch(`${base}/${script}`)).text()).toContain("convictionTally(");
    } finally {
      started.child.kill("SIGTERM");
    }
    expect(await started.exited).toBe(0);
    expect(started.output()).toMatch(/Stopping\.\.\.\nStopped\.\n$/);
  });

  it("its healthcheck fails when no API answers", async () => {
    const result = runImageCommand(image, image.healthcheck!.command, await freePort());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: http:\/\/127\.0\.0\.1:\d+\/health did not answer/);
  });

  it("npm start with NODE_ENV=production runs the compiled server, with no tsx installed", async () => {
    const port = await freePort();
    const started = startImageCommand(image, ["npm", "start"], port, { detached: true });
    try {
      await started.waitFor(/Provenance graph API is ready\./, 60_000);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      process.kill(-started.child.pid!, "SIGTERM");
    }
    await started.exited;
    expect(started.output()).toContain("Stopped.");
  });
  it("npm ci --omit=dev, with its scripts, succeeds too: prepare skips the playground build it cannot do", () => {
    const { command, args, cwd, env } = imageCommand(image, ["npm", "ci", "--omit=dev"]);
    const install = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 300_000 });
    expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
    expect(install.stdout).toContain("prepare: vite, a dev dependency, is not installed, so the playground is not built here");
    expect(existsSync(path.join(cwd, "playground", "dist", "index.html"))).toBe(true);
  });
});

describe("a replay of a Dockerfile that cannot build", () => {
  const context = newScratch("docker-context");
  const scratch = newScratch("docker-replay");
  writeFileSync(path.join(context, "package.json"), JSON.stringify({ name: "synthetic-context", version: "0.0.0", private: true }));
  writeFileSync(path.join(context, "secret.txt"), "synthetic\n");
  writeFileSync(path.join(context, ".dockerignore"), "secret.txt\n");
  const replay = (dockerfile: string) => {
    writeFileSync(path.join(context, "Dockerfile"), dockerfile);
    return replayDockerfile({ context, scratch });
  };
  afterAll(() => {
    removeScratch(context);
    removeScratch(scratch);
  });

  it("fails at the RUN that fails, with its line and the command's last output", async () => {
    const failure = replay("FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm run build\n");
    await expect(failure).rejects.toThrow(ReplayFailure);
    await expect(failure).rejects.toThrow(/^Dockerfile:4: RUN npm run build\n`npm run build` exited with 1\. Its last lines:\n[\s\S]*Missing script: "build"/);
  });

  it("fails a COPY of a file that .dockerignore leaves out of the context", async () => {
    await expect(replay("FROM node:20-bookworm-slim\nCOPY secret.txt /app/\n")).rejects.toThrow(
      "Dockerfile:2: COPY secret.txt /app/\nsecret.txt is not in the build context: it does not exist, or .dockerignore leaves it out.",
    );
  });

  it("lists a RUN that is not npm or node as not replayed, and never runs it", async () => {
    const result = await replay("FROM node:20-bookworm-slim\nRUN apt-get install -y curl && npm --version\nRUN node -e \"process.exit(0)\"\n");
    expect(result.steps.filter((s) => s.text.startsWith("RUN")).map((s) => [s.line, s.outcome, s.why])).toEqual([
      [2, "not replayed", "only npm and node commands run on this machine, not apt-get"],
      [3, "replayed", undefined],
    ]);
  });
});

describe("docker-compose.yml", () => {
  const compose = parseYaml(readFileSync(path.join(projectRoot, "docker-compose.yml"), "utf8")) as ComposeFile;

  it("is valid by the Compose Specification's JSON Schema (tests/fixtures/compose-spec.json)", () => {
    const schema = JSON.parse(readFileSync(path.join(projectRoot, "tests", "fixtures", "compose-spec.json"), "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(compose), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("starts the API from this Dockerfile once Neo4j's healthcheck passes", () => {
    const { api, neo4j: database } = compose.services;
    expect(api.build).toBe(".");
    expect(api.depends_on).toEqual({ neo4j: { condition: "service_healthy" } });
    expect(database.healthcheck.test[0]).toBe("CMD");
    expect(database.healthcheck.disable).toBeUndefined();
    expect(api.environment.NEO4J_URI).toBe("bolt://neo4j:7687");
  });
});

describe("the real image build", () => {
  const baseImages = [...readFileSync(path.join(projectRoot, "Dockerfile"), "utf8").matchAll(/^FROM\s+(\S+)/gim)].map((m) => m[1]!);
  const engine = findContainerEngine([...new Set(baseImages)]);
  if (!engine.ready) log(`the real build was not run: ${engine.why}`);

  it.skipIf(!engine.ready)(`builds the image with ${engine.ready ? engine.engine : "a container engine (none here)"}`, async () => {
    if (!engine.ready) return;
    // Podman: the docker format keeps HEALTHCHECK (the OCI format drops it), and chroot
    // isolation needs no cgroups, which nested machines such as CI runners often lack.
    const podman = engine.engine === "podman" ? ["--format=docker", "--isolation=chroot"] : [];
    // Asynchronous: a build takes minutes, and the test worker must keep answering meanwhile.
    const build = runProcess(engine.engine, ["build", ...podman, "--pull=false", "-t", "provenance-graph-api:test", "."], { cwd: projectRoot, env: process.env });
    expect(await build.exited, build.output()).toBe(0);
    const inspect = spawnSync(engine.engine, ["image", "inspect", "--format", "{{json .Config.Healthcheck}} {{.Config.User}}", "provenance-graph-api:test"], { encoding: "utf8" });
    expect(inspect.stdout).toContain('"node","dist/cli/healthcheck.js"');
    expect(inspect.stdout.trim().endsWith(" node")).toBe(true);
  }, 1_800_000);
});

interface ComposeFile {
  services: {
    api: { build: string; depends_on: unknown; environment: Record<string, string> };
    neo4j: { healthcheck: { test: string[]; disable?: boolean } };
  };
}

/** The image's command as the container would run it, against the test Neo4j and on `port`. */
function imageRunEnv(port: number): Record<string, string> {
  return {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    ...(neo4j.password === undefined ? {} : { NEO4J_PASSWORD: neo4j.password }),
    NEO4J_DATABASE: neo4j.database,
    // docker-compose publishes the port on 127.0.0.1; here the host is the container.
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "warn",
  };
}

function startImageCommand(image: ReplayedStage, argv: string[], port: number, { detached = false } = {}): CliRun {
  const { command, args, cwd, env } = imageCommand(image, argv, imageRunEnv(port));
  return runProcess(command, args, { cwd, env, detached });
}

function runImageCommand(image: ReplayedStage, argv: string[], port: number) {
  const { command, args, cwd, env } = imageCommand(image, argv, imageRunEnv(port));
  return spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 30_000 });
}

async function graphql<R>(base: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: R; errors?: { message: string }[] };
}

function entriesNotReadableByAll(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      const { mode } = statSync(file);
      return (mode & 0o004) === 0 || (statSync(file).isDirectory() && (mode & 0o001) === 0);
    })
    .map((file) => path.relative(folder, file));
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
