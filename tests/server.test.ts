import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../src/db/local-neo4j/ports.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";

const neo4j = inject("neo4j");
const databaseEnv = {
  NEO4J_URI: neo4j.uri,
  NEO4J_USER: neo4j.user,
  NEO4J_PASSWORD: neo4j.password,
  NEO4J_DATABASE: neo4j.database,
};

describe("npm start against a running database", () => {
  // npm start loads the seed into an empty graph; one node of ours keeps it from touching
  // the shared test database (tests/local-neo4j.test.ts covers seeding an empty one).
  const { driver, database, db } = testDriver();
  const prefix = testIdPrefix();
  let server: ReturnType<typeof runCli>;
  beforeAll(async () => {
    await driver.executeQuery("CREATE (:Entity:Source {id: $id})", { id: `${prefix}not-empty` }, { database });
    server = runCli("start", cleanEnv({ ...databaseEnv, PORT: "0" }));
  });
  afterAll(async () => {
    server.child.kill("SIGKILL");
    await driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix }, { database });
    await driver.close();
  });

  it("prints the URLs once ready", async () => {
    await server.waitFor(/Press Ctrl-C to stop\./);
    expect(server.output()).toMatch(/GraphQL endpoint: http:\/\/127\.0\.0\.1:\d+\/graphql\n/);
    expect(server.output()).toMatch(/Health: +http:\/\/127\.0\.0\.1:\d+\/health\n/);
    expect(server.output()).toContain(`connect to ${neo4j.uri}`);
    expect(server.output()).not.toContain("loading the seed");
  });

  it("answers /health with the connection and the schema version", async () => {
    const [, url] = await server.waitFor(/Health: +(\S+)/);
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      database: { connected: true, name: neo4j.database },
      schema: { version: 8, expectedVersion: 8 },
    });
  });

  it("answers GraphQL", async () => {
    const [, url] = await server.waitFor(/GraphQL endpoint: (\S+)/);
    const response = await fetch(url!, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ schemaStatus { version expectedVersion } }" }),
    });
    expect(await response.json()).toEqual({ data: { schemaStatus: { version: 8, expectedVersion: 8 } } });
  });

  it("stops cleanly on Ctrl-C", async () => {
    await server.waitFor(/Press Ctrl-C to stop\./);
    server.child.kill("SIGINT");
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/Stopping\.\.\.\nStopped\.\n$/);
  });
});

describe("npm start refuses what it cannot use", () => {
  it("names the database it cannot reach", async () => {
    const port = await freePort();
    const run = runCli("start", cleanEnv({ NEO4J_URI: `bolt://127.0.0.1:${port}`, PORT: "0" }));
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Error: Cannot reach Neo4j at bolt://127.0.0.1:${port} (database "neo4j")`);
  });

  it("lists every invalid setting at once", async () => {
    const run = runCli(
      "start",
      cleanEnv({ NEO4J_URI: "http://localhost:7474", PORT: "80000", NEO4J_LOCAL_HEAP: "lots" }),
    );
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe(
      [
        "Error: Invalid configuration:",
        "  - NEO4J_URI=http://localhost:7474: must start with one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://",
        "  - NEO4J_LOCAL_HEAP=lots: must be a JVM size such as 512m or 2g",
        "  - PORT=80000: must be a port number from 0 to 65535",
        "",
      ].join("\n"),
    );
  });

  it.each(["start", "neo4j", "import", "check", "answer", "schema", "healthcheck"])("npm run %s explains itself with --help", async (command) => {
    const run = runCli(command, cleanEnv({}), ["--help"]);
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/^Usage: /);
  });

  it("explains itself with --help", async () => {
    const run = runCli("start", cleanEnv({}), ["--help"]);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain("Usage: npm start");
    for (const name of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "HOST", "PORT"]) {
      expect(run.output()).toContain(`  ${name} `);
    }
  });
});
