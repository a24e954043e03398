import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNeo4jGraphqlServer } from "../bench/neo4j-graphql/server.ts";
import { graphqlPost } from "../bench/run-size.ts";
import { caseDocument, referenceDocument, syntheticPrefix } from "../bench/synthetic-graph.ts";
import { benchQueries } from "../bench/workload.ts";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { testDriver } from "./helpers/db.ts";

// The benchmark compares our API with @neo4j/graphql on "equivalent" queries; these tests
// hold that word to account on a small synthetic graph: both answers name the same facts.
const { driver, database, db } = testDriver();
const cases = 30;
const documents = [referenceDocument(), ...Array.from({ length: cases }, (_, i) => caseDocument(i, 1))];
let ours: RunningHttpServer;
let theirs: { url: string; stop(): Promise<void> };

const ask = async (name: string) => {
  const q = benchQueries.find((b) => b.name === name)!;
  const variables = q.variables(cases);
  const [a, b] = await Promise.all([
    graphqlPost(`${ours.url}/graphql`, q.query, variables, name)(),
    graphqlPost(theirs.url, q.neo4jGraphql, variables, name)(),
  ]);
  return { ours: JSON.parse(a).data as any, theirs: JSON.parse(b).data as any };
};
const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

beforeAll(async () => {
  await importDocuments(documents, { db });
  ours = await startHttpServer({ db, host: "127.0.0.1", port: 0 });
  theirs = await startNeo4jGraphqlServer(driver, database);
});
afterAll(async () => {
  await theirs?.stop();
  await ours?.stop();
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: syntheticPrefix }, { database });
  await driver.close();
});

describe("the @neo4j/graphql queries the benchmark compares with ours", () => {
  it("tally: fetch every conviction of the directorate's cases, more than our tally counts", async () => {
    const { ours: a, theirs: b } = await ask("tally");
    const fetched = b.agencies[0].subOffices.flatMap((office: any) =>
      office.investigations.flatMap((i: any) => i.prosecutions.flatMap((p: any) => p.defendants.flatMap((d: any) => d.convictions))),
    );
    const generated = documents.flatMap((d) => (d.content.convictions ?? []) as { id: string }[]);
    expect(ids(fetched)).toEqual(ids(generated));
    expect(a.convictionTally.convictionsInWindow).toBeGreaterThan(0);
    expect(a.convictionTally.convictionsInWindow + a.convictionTally.notPlaceableCount).toBeLessThanOrEqual(fetched.length);
  });

  it("tally page: a first page of the directorate's convictions from 2023 on, from both", async () => {
    const { ours: a, theirs: b } = await ask("tallyPage");
    const ourPage = a.convictionTally.inWindow.edges.map((e: any) => e.node);
    const theirPage = b.convictionsConnection.edges.map((e: any) => e.node);
    expect(ourPage.length).toBeGreaterThan(0);
    expect(ourPage.length).toBeLessThanOrEqual(20);
    expect(theirPage.length).toBeGreaterThan(0);
    // Ours is dated by the plea or else the judgment, and only when certainly in the window.
    for (const c of ourPage) expect(c.date.text >= "2023").toBe(true);
  });

  it("provenance: the same chain from the defendant to the top agency", async () => {
    const { ours: a, theirs: b } = await ask("provenance");
    const chain: string[] = [];
    for (let node = b.defendants[0], key = ""; node !== undefined; ) {
      chain.push(node.id);
      key = ["prosecution", "investigation", "leadAgency", "parent"].find((k) => node[k] !== undefined) ?? "";
      node = key === "" ? undefined : node[key][0];
    }
    const inv = a.provenance.investigation;
    const prosecution = inv.prosecutions.find((p: { defendants: { id: string }[] }) => p.defendants.some((d) => d.id === a.provenance.focus));
    expect(chain).toEqual([a.provenance.focus, prosecution.id, inv.id, inv.leadAgency.id, ...inv.leadAgencyParents.map((x: { id: string }) => x.id)]);
    expect(chain.at(-1)).toBe("syn-department");
  });

  it("source impact: the same facts cite the reference source", async () => {
    const { ours: a, theirs: b } = await ask("sourceImpact");
    expect(ids(b.sources[0].citedBy)).toEqual(ids(a.sourceImpact.supports));
  });

  it("page: no fewer convictions in our page than in theirs, one district since 2023", async () => {
    const { ours: a, theirs: b } = await ask("page");
    // Our page also counts convictions dated only by their sentence, so it can hold more.
    expect(a.convictions.totalCount).toBeGreaterThanOrEqual(b.convictionsConnection.totalCount);
  });

  it("search: the same defendant first for a name", async () => {
    const q = benchQueries.find((b) => b.name === "search")!;
    const named = documents
      .flatMap((d) => (d.content.defendants ?? []) as { id: string; name?: string }[])
      // Two digits then "-1": no other name holds the same words ("2-1" and "1-2" would tie).
      .find((d) => /^Synthetic defendant [1-9]\d-1$/.test(d.name ?? ""))!;
    const text = named.name!;
    const a = JSON.parse(await graphqlPost(`${ours.url}/graphql`, q.query, { text }, "search")()).data;
    const b = JSON.parse(await graphqlPost(theirs.url, q.neo4jGraphql, { text }, "search")()).data;
    expect(b.defendantsByName.edges[0].node.id).toBe(named.id);
    expect(a.search.find((hit: { label: string }) => hit.label === "Defendant").id).toBe(named.id);
  });
});
