import path from "node:path";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import neo4j, { isNode, isPath, type Node } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { ConvictionTallyDocument, ProvenanceDocument, SourceImpactDocument } from "../src/api/generated/operations.ts";
import { importSeed } from "../src/ingest/import-seed.ts";
import { projectRoot } from "../src/paths.ts";
import { testDriver } from "./helpers/db.ts";
import { readSavedQuery } from "./helpers/saved-query.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// The saved Neo4j Browser queries (cypher/browser/) run through the driver exactly as a user
// runs them in Browser: the whole file, with the parameters its header gives, and answer what
// the API answers for the same question.
const { driver, database, db } = testDriver();
let server: RunningHttpServer;

async function post<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** Every node the query draws (Browser draws the nodes of every path in every column), by id. */
async function drawn(name: string, parameters: Record<string, string | null> = readSavedQuery(name).parameters): Promise<Map<string, Node>> {
  const { records } = await driver.executeQuery(readSavedQuery(name).text, parameters, { database, routing: neo4j.routing.READ });
  const nodes = new Map<string, Node>();
  const visit = (value: unknown): void => {
    if (isPath(value)) [value.start, ...value.segments.map((s) => s.end)].forEach(visit);
    else if (isNode(value)) nodes.set(String(value.properties.id), value);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const record of records) record.forEach(visit);
  return nodes;
}

const withLabel = (nodes: Map<string, Node>, label: string) => [...nodes.values()].filter((n) => n.labels.includes(label)).map((n) => String(n.properties.id)).sort();

/** The API's answer: how many convictions are in the window, and which. */
async function apiInWindow(since: string, until: string | null, agency: string) {
  const tally = (await post(ConvictionTallyDocument, { since, until, agency, first: 100 })).convictionTally;
  expect(tally.inWindow.pageInfo.hasNextPage).toBe(false);
  return { count: tally.convictionsInWindow, ids: tally.inWindow.edges.map((e) => e.node.id).sort() };
}

async function queryInWindow(since: string, until: string | null, agency: string) {
  const convictions = withLabel(await drawn("01-hsi-convictions-since-2023", { since, until, agency }), "Conviction");
  return { count: convictions.length, ids: convictions };
}

beforeAll(async () => {
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

describe("the saved queries' parameters", () => {
  it("are the ones their headers give a user to set, with the API's defaults", () => {
    expect(readSavedQuery("01-hsi-convictions-since-2023").paramCommands).toEqual([
      ":param since => '2023-01-01'",
      ":param until => null",
      ":param agency => 'hsi'",
    ]);
    expect(readSavedQuery("02-provenance-of-a-conviction").parameters).toEqual({ conviction: "conv-sdtx-santos-moya" });
    expect(readSavedQuery("03-what-a-source-supports").parameters).toEqual({ source: "src-factually-ice-hsi-convictions-since-2023" });
    expect(readSavedQuery("04-claims-that-misstate-a-source").parameters).toEqual({});
    expect(readSavedQuery("05-agency-hierarchy").parameters).toEqual({});
    expect(readSavedQuery("06-candidate-links").parameters).toEqual({ status: "open" });
    expect(readSavedQuery("07-release-candidates").parameters).toEqual({ status: "open" });
  });
});

describe("on the seed answer's files (figures by hand)", () => {
  beforeAll(() => loadSeed(db));
  afterAll(() => removeSeed(driver, database));

  it("01 draws the two HSI convictions placed since 2023-01-01, as the API counts them", async () => {
    const nodes = await drawn("01-hsi-convictions-since-2023");
    // Perez Figueroa: sentenced 2023-12, no plea date, so the judgment places it. Santos-Moya:
    // pleaded 2024-05-30. The four Charleston convictions have no date: not placeable.
    expect(withLabel(nodes, "Conviction")).toEqual(["conv-perez-figueroa", "conv-sdtx-santos-moya"]);
    expect(withLabel(nodes, "Defendant")).toEqual(["def-perez-figueroa", "def-sdtx-santos-moya"]);
    expect(await apiInWindow("2023-01-01", null, "hsi")).toEqual({ count: 2, ids: ["conv-perez-figueroa", "conv-sdtx-santos-moya"] });
  });

  it("01 keeps to a closed window, and to a month wholly inside it", async () => {
    // 2023-12 lies inside 2023; a plea of 2024-05-30 does not.
    expect(await queryInWindow("2023-01-01", "2023-12-31", "hsi")).toEqual({ count: 1, ids: ["conv-perez-figueroa"] });
    // A window from 2023-12-15 cuts the month 2023-12 in two: not placeable, not counted.
    expect(await queryInWindow("2023-12-15", null, "hsi")).toEqual({ count: 1, ids: ["conv-sdtx-santos-moya"] });
    expect(await apiInWindow("2023-12-15", null, "hsi")).toEqual({ count: 1, ids: ["conv-sdtx-santos-moya"] });
  });

  it("02 draws the conviction's chain, which holds every step of the API's provenance", async () => {
    const nodes = await drawn("02-provenance-of-a-conviction");
    const chain = [...nodes.values()].filter((n) => !n.labels.includes("Source")).map((n) => String(n.properties.id)).sort();
    expect(chain).toEqual([
      "charge-sdtx-santos-moya-possession",
      "conv-sdtx-santos-moya",
      "def-sdtx-santos-moya",
      "dhs",
      "hsi",
      "ice",
      "inv-sdtx-santos-moya",
      "pros-sdtx-santos-moya",
      "sent-sdtx-santos-moya",
    ]);
    expect(withLabel(nodes, "Source")).toEqual([
      "src-dhs-fact-sheet-2023-05-03", // DHS
      "src-ice-release-brownsville-harboring", // HSI and ICE
      "src-ice-release-cameron-county-deputy", // ICE
      "src-usao-sdtx-santos-moya", // the case, from the investigation to the sentence
    ]);
    // The API's tree of the case: one defendant here, so every node of it is in the chain.
    const inv = (await post(ProvenanceDocument, { id: "conv-sdtx-santos-moya" })).provenance!.investigation;
    const defendants = inv.prosecutions.flatMap((p) => p.defendants);
    const tree = [
      inv,
      inv.leadAgency,
      ...inv.leadAgencyParents,
      ...inv.partnerAgencies,
      ...inv.prosecutions,
      ...defendants,
      ...defendants.flatMap((d) => d.charges),
      ...defendants.flatMap((d) => d.convictions),
      ...defendants.flatMap((d) => d.convictions.flatMap((c) => c.sentences)),
    ];
    expect([...chain].sort()).toEqual(tree.map((n) => n.id).sort());
    const cited = new Set(tree.flatMap((n) => n.citations.map((c) => c.source.id)));
    expect(withLabel(nodes, "Source")).toEqual(expect.arrayContaining([...cited]));
  });

  it("03 draws every fact a source supports, as the API's sourceImpact lists them", async () => {
    const source = "src-usao-sdtx-santos-moya";
    const nodes = await drawn("03-what-a-source-supports", { source });
    const facts = [...nodes.keys()].filter((id) => id !== source).sort();
    expect(facts).toEqual([
      "charge-sdtx-santos-moya-possession",
      "conv-sdtx-santos-moya",
      "def-sdtx-santos-moya",
      "doj-ceos",
      "doj-criminal-division",
      "inv-sdtx-santos-moya",
      "pros-sdtx-santos-moya",
      "sent-sdtx-santos-moya",
      "usao-sdtx",
    ]);
    expect(facts).toEqual((await post(SourceImpactDocument, { id: source })).sourceImpact!.supports.map((s) => s.id).sort());
  });
});

describe("on the whole seed, as `npm start` loads it", () => {
  beforeAll(async () => {
    await importSeed([path.join(projectRoot, "seed")], { db });
  });
  afterAll(() => removeSeed(driver, database));

  it.each([
    ["2023-01-01", null, "hsi"],
    ["2024-01-01", "2024-12-31", "hsi"],
    ["2023-01-01", null, "hsi-houston"],
    ["2023-01-01", null, "dhs"],
    ["2023-01-01", null, "fbi"],
  ])("01 since %s until %s for %s: the API's count and the same convictions", async (since, until, agency) => {
    const api = await apiInWindow(since, until, agency);
    expect(api.count).toBeGreaterThan(0);
    expect(await queryInWindow(since, until, agency)).toEqual(api);
  });

  it("03 with its default source: the API's sourceImpact", async () => {
    const { source } = readSavedQuery("03-what-a-source-supports").parameters;
    const facts = [...(await drawn("03-what-a-source-supports")).keys()].filter((id) => id !== source).sort();
    expect(facts).toEqual((await post(SourceImpactDocument, { id: source! })).sourceImpact!.supports.map((s) => s.id).sort());
  });
});
