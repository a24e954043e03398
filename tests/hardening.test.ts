import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from "graphql";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { typeDefs } from "../src/api/graphql-server.ts";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { hashToken } from "../src/config.ts";
import { defaultApiSettings } from "../src/config.ts";
import { cypherDir } from "../src/paths.ts";
import { countingDriver } from "./helpers/counting-driver.ts";
import { testDriver } from "./helpers/db.ts";
import { runnerFor } from "../src/db/query-runner.ts";
import { graphFingerprint } from "./helpers/fingerprint.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

const { driver, database, db } = testDriver();
const counted = countingDriver(driver);
const token = "synthetic-write-token-0123456789";
const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(...chunk.toString().trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>));
    done();
  },
});
let server: RunningHttpServer;
let production: RunningHttpServer;

async function post(target: RunningHttpServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}
const codes = (json: { errors?: { extensions?: { code?: string } }[] }) => json.errors?.map((e) => e.extensions?.code);

beforeAll(async () => {
  await loadSeed(db);
  server = await startHttpServer({
    db: runnerFor(counted.driver, database),
    host: "127.0.0.1",
    port: 0,
    writeTokenHash: hashToken(token),
    log: pino({ level: "info" }, logStream),
  });
  production = await startHttpServer({
    db,
    host: "127.0.0.1",
    port: 0,
    api: { ...defaultApiSettings, introspection: false, production: true },
  });
});
afterAll(async () => {
  await server.stop();
  await production.stop();
  await removeSeed(driver, database);
  await driver.close();
});

describe("GraphQL limits", () => {
  it("refuses a query over the limits before it reaches the database, naming each limit", async () => {
    counted.reset();
    const aliases = Array.from({ length: 31 }, (_, i) => `p${i}: convictions(first: 100) { edges { node { id defendant date { text precision } datedBy method } } }`).join(" ");
    const { json } = await post(server, { query: `query Greedy { ${aliases} }` });
    expect(json.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "Greedy uses 31 aliases; the limit is 30."],
      ["GRAPHQL_VALIDATION_FAILED", "Greedy would resolve more than 20,000 fields, the limit. Ask for fewer fields or smaller pages."],
    ]);
    expect(counted.roundTrips()).toBe(0);
  });

  it("answers the standard introspection query from memory, and refuses introspection nested deeper", async () => {
    counted.reset();
    const standard = await post(server, { query: getIntrospectionQuery(), operationName: "IntrospectionQuery" });
    expect(standard.json.errors).toBeUndefined();
    const types = (standard.json.data as { __schema: { types: { name: string; fields: { name: string }[] | null }[] } }).__schema.types;
    expect(types.find((t) => t.name === "Query")?.fields?.map((f) => f.name)).toEqual(expect.arrayContaining(["convictionTally", "convictions", "search", "provenance"]));
    expect(counted.roundTrips()).toBe(0);

    const refused = async (query: string) => (await post(server, { query })).json.errors?.map((e) => [e.extensions?.code, e.message]);
    // __type, 30 ofType, name: 32 fields, where the standard query needs 15.
    expect(await refused(`query Hostile { __type(name: "Query") { ${"ofType { ".repeat(30)}name${" }".repeat(30)} } }`)).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "Hostile nests introspection 32 fields deep; the limit for introspection is 15."],
    ]);
    // Shallow, but every level multiplies the types returned: graphql-js's own rule refuses it.
    expect(await refused("query Fan { __schema { types { fields { type { fields { type { fields { name } } } } } } } }")).toEqual([
      ["GRAPHQL_VALIDATION_FAILED", "Maximum introspection depth exceeded"],
    ]);
    // Data beside introspection keeps its own limit of 12 (the schema has no field this deep: 13).
    const deepData = `query Deep { __schema { queryType { name } } convictionTally(since: "2023-01-01") { inWindow { edges { node { case { leadAgency { citations { source { published { text { a { b { c } } } } } } } } } } } } }`;
    expect(await refused(deepData)).toContainEqual(["GRAPHQL_VALIDATION_FAILED", "Deep nests 13 fields deep; the limit is 12."]);
    expect(counted.roundTrips()).toBe(0);
  });

  it("refuses a page over 100 rows", async () => {
    const { json } = await post(server, { query: `{ search(text: "hsi", first: 101) { id } }` });
    expect(json.errors?.map((e) => e.message)).toEqual(['"first" must be from 1 to 100; got 101.']);
  });

  it("refuses batched operations", async () => {
    const { status, json } = await post(server, [{ query: "{ schemaStatus { __typename } }" }, { query: "{ schemaStatus { __typename } }" }]);
    expect(status).toBe(400);
    expect(JSON.stringify(json)).toMatch(/batch/i);
  });

  it("refuses a GET that a browser could send from another site (CSRF prevention)", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ schemaStatus { __typename } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("refuses a body over 1 MB", async () => {
    const { status } = await post(server, { query: "{ schemaStatus { __typename } }", variables: { padding: "x".repeat(1_000_001) } });
    expect(status).toBe(413);
  });

  it("gives every transaction the configured timeout", async () => {
    counted.reset();
    await post(server, { query: `{ provenance(id: "conv-sdtx-santos-moya") { focus } }` });
    expect(counted.queries().map((q) => (q.config as { transactionConfig?: unknown }).transactionConfig)).toEqual([
      { timeout: defaultApiSettings.queryTimeoutMs },
    ]);
  });
});

describe("production mode", () => {
  it("answers introspection only where it is on", async () => {
    const query = "{ __schema { queryType { name } } }";
    expect((await post(server, { query })).json.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect(codes((await post(production, { query })).json)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it("gives no hints about the schema in errors", async () => {
    const query = "{ convictionTaly(since: \"2023-01-01\") { cases } }";
    expect((await post(server, { query })).json.errors?.[0]?.message).toMatch(/Did you mean "convictionTally"/);
    expect((await post(production, { query })).json.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe("logs", () => {
  it("write one JSON line per request with the request id it answers with", async () => {
    const { headers } = await post(server, { query: "{ schemaStatus { __typename } }" }, { "x-request-id": "synthetic-request-17" });
    expect(headers.get("x-request-id")).toBe("synthetic-request-17");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logLines.filter((l) => l.requestId === "synthetic-request-17").map((l) => [l.msg, l.status, l.url])).toEqual([
      ["request", 200, "/graphql"],
    ]);
  });

  it("replace a request id that is not a plain token", async () => {
    const { headers } = await post(server, { query: "{ schemaStatus { __typename } }" }, { "x-request-id": "bad id\twith spaces" });
    expect(headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

// Strings that would change a query if they were pasted into its text.
const hostile = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "hsi`) DETACH DELETE n //",
  "$id",
  "\\u0000\u0000",
  "*:* OR title:*",
  "../../etc/passwd",
  "x".repeat(10_000),
  "🙂 \u202e ",
];
const cypherFiles = new Set(
  readdirSync(cypherDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".cypher"))
    .map((f) => readFileSync(path.join(cypherDir, f), "utf8")),
);

/** A request for every root field and every string argument (and input field) in it. */
function hostileRequests(value: string): { name: string; query: string; variables: Record<string, unknown> }[] {
  const schema = buildSchema(typeDefs);
  const sane = (arg: { name: string }) => (arg.name === "since" || arg.name === "until" ? "2023-01-01" : "hsi");
  const requests: { name: string; query: string; variables: Record<string, unknown> }[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const selection = isObjectType(getNamedType(field.type)) ? "{ __typename }" : "";
    const stringy = (type: GraphQLInputType) => isScalarType(getNamedType(type)) && ["String", "ID"].includes(getNamedType(type).name);
    const base = (except: string) =>
      Object.fromEntries(field.args.filter((a) => isNonNullType(a.type) && a.name !== except && stringy(a.type)).map((a) => [a.name, sane(a)]));
    const call = (variables: Record<string, unknown>, args: GraphQLArgument[]) => ({
      name: field.name,
      query: `query Q(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ")}) { ${field.name}(${args.map((a) => `${a.name}: $${a.name}`).join(", ")}) ${selection} }`,
      variables,
    });
    for (const arg of field.args) {
      const others = field.args.filter((a) => a.name !== arg.name && isNonNullType(a.type) && stringy(a.type));
      if (stringy(arg.type)) {
        requests.push({ ...call({ ...base(arg.name), [arg.name]: isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [value] : value }, [...others, arg]), name: `${field.name}(${arg.name})` });
      }
      const input = getNamedType(arg.type);
      if (isInputObjectType(input)) {
        for (const inner of Object.values(input.getFields()).filter((f) => stringy(f.type))) {
          requests.push({ ...call({ ...base(arg.name), [arg.name]: { [inner.name]: value } }, [...others, arg]), name: `${field.name}(${arg.name}.${inner.name})` });
        }
      }
    }
  }
  return requests;
}

describe("hostile strings in every argument", () => {
  it("reach Cypher only as parameters, never fail inside, and change nothing", async () => {
    const before = await graphFingerprint(driver, database);
    const tried: string[] = [];
    for (const value of hostile) {
      for (const request of hostileRequests(value)) {
        counted.reset();
        const { status, json } = await post(server, { query: request.query, variables: request.variables });
        const failures = (json.errors ?? []).filter((e) => e.extensions?.code !== "BAD_USER_INPUT");
        expect({ request: request.name, status, failures }).toEqual({ request: request.name, status: 200, failures: [] });
        for (const sent of counted.queries()) expect(cypherFiles.has(sent.query), request.name).toBe(true);
        tried.push(request.name);
      }
      for (const [query, variables] of [
        ["mutation M($d: String!) { addSource(document: $d) { created } }", { d: value }],
        ["mutation M($id: ID!) { retractSource(id: $id) { source { id } } }", { id: value }],
        ["mutation M($id: ID!, $why: String!) { acceptLink(id: $id, why: $why) { verdict } }", { id: value, why: value }],
        ["mutation M($id: ID!, $why: String!) { rejectLink(id: $id, why: $why) { verdict } }", { id: value, why: "Synthetic reason." }],
        ["mutation M($id: ID!, $why: String!) { acceptReleaseCandidate(id: $id, why: $why) { id } }", { id: value, why: value }],
        ["mutation M($id: ID!, $why: String!) { rejectReleaseCandidate(id: $id, why: $why) { id } }", { id: value, why: "Synthetic reason." }],
        [
          "mutation M($id: ID!, $c: ReleaseCandidateEdit!, $why: String!) { editReleaseCandidate(id: $id, changes: $c, why: $why) { id } }",
          { id: value, c: { name: value, district: value, pleaOrVerdictDate: value, leadAgency: value, partnerAgencies: [value], statutes: [value] }, why: "Synthetic reason." },
        ],
      ] as const) {
        const { json } = await post(server, { query, variables }, { authorization: `Bearer ${token}` });
        expect(codes(json)).toEqual(["BAD_USER_INPUT"]);
      }
    }
    // Every string argument and input field of the root fields: 25 places, 9
    // strings each (a conviction filter's stage, and candidateLinks' and releaseCandidates'
    // status are enums, checked by GraphQL before any resolver runs).
    expect(new Set(tried).size).toBe(25);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });
});

describe("write-token failures", () => {
  it("are rate-limited per address: after 10 wrong tokens even the right one waits", async () => {
    const add = { query: "mutation M($d: String!) { addSource(document: $d) { created } }", variables: { d: "sources: []" } };
    for (let i = 0; i < 10; i++) {
      const { status, json } = await post(server, add, { authorization: `Bearer wrong-token-${i}-0123456789` });
      expect([status, codes(json)]).toEqual([200, ["UNAUTHENTICATED"]]);
    }
    const refused = await post(server, add, { authorization: `Bearer ${token}` });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(50);
    // Reads without a token still work.
    expect((await post(server, { query: "{ schemaStatus { __typename } }" })).status).toBe(200);
  });
});
