import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { hashToken } from "../src/config.ts";
import { qualityReport } from "../src/graph/quality-report.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { graphFingerprint } from "./helpers/fingerprint.ts";
import { syntheticCase } from "./helpers/synthetic-seed.ts";

const { driver, database, db } = testDriver();
const p = testIdPrefix();
const token = "synthetic-write-token-0123456789";
let server: RunningHttpServer;
let readOnly: RunningHttpServer;

const addSource = `mutation Add($document: String!) { addSource(document: $document) { created updated unchanged } }`;
const retract = `mutation Retract($id: ID!) { retractSource(id: $id) { source { id retracted } unsupported { id label } } }`;

async function post(target: RunningHttpServer, query: string, variables: object, authorization?: string) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; problems?: string[] } }[];
  };
}

beforeAll(async () => {
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0, writeTokenHash: hashToken(token) });
  readOnly = await startHttpServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.stop();
  await readOnly.stop();
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await driver.close();
});

describe("writes", () => {
  it("are refused without a token, or with a wrong one, and write nothing", async () => {
    const before = await graphFingerprint(driver, database);
    for (const authorization of [undefined, "Bearer not-the-token-at-all-000000", `Basic ${token}`, `Bearer ${token}x`]) {
      const result = await post(server, addSource, { document: syntheticCase(p) }, authorization);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("are disabled on a server without a write token", async () => {
    const result = await post(readOnly, addSource, { document: syntheticCase(p) }, `Bearer ${token}`);
    expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["FORBIDDEN", "Writes are disabled on this server: it has no API_WRITE_TOKEN."],
    ]);
  });

  it("refuse facts without a source", async () => {
    const before = await graphFingerprint(driver, database);
    const withoutSources = syntheticCase(p).replace(/^sources:\n(?: {2}.*\n| {4}.*\n)+/m, "");
    const result = await post(server, addSource, { document: withoutSources }, `Bearer ${token}`);
    expect(result.errors?.map((e) => e.message)).toEqual([
      "A write must add at least one source (a `sources:` list); facts without a source are refused.",
    ]);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("validate like the importer, listing every problem", async () => {
    const before = await graphFingerprint(driver, database);
    const invalid = syntheticCase(p).replace("stage: pending", "stage: guilty").replace('date: "2024-05-30"', 'date: "May 2024"');
    const result = await post(server, addSource, { document: invalid }, `Bearer ${token}`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      'document:84: charges[1].stage: Invalid option: expected one of "indicted"|"convicted"|"convicted_plea"|"convicted_trial"|"acquitted"|"dismissed"|"pending"',
      'document:91: convictions[0].date: must be a date as "2024-05-30", "2023-12", "2023", "FY2023" or "unknown"',
    ]);
    expect(await graphFingerprint(driver, database)).toBe(before);
  });

  it("add a source with the facts that cite it, then retract it", async () => {
    const added = await post(server, addSource, { document: syntheticCase(p) }, `Bearer ${token}`);
    expect(added).toEqual({ data: { addSource: { created: 15, updated: 0, unchanged: 0 } } });

    const retracted = await post(server, retract, { id: `${p}src` }, `bearer ${token}`);
    const result = retracted.data?.retractSource as { source: { id: string; retracted: boolean }; unsupported: { id: string }[] };
    expect(result.source).toEqual({ id: `${p}src`, retracted: true });
    // Every synthetic fact cites only this source, so all 13 of them lose their support.
    expect(result.unsupported.map((u) => u.id.slice(p.length)).sort()).toEqual(
      ["agency", "office", "statute", "claim-office", "claim-restated", "investigation", "prosecution", "defendant-1", "defendant-2", "charge-1", "charge-2", "conviction-1", "sentence-1"].sort(),
    );
    const report = await qualityReport(db);
    expect(report.factsWithoutSource.filter((f) => f.id.startsWith(p))).toHaveLength(13);
  });
});
