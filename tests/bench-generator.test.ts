import { afterAll, afterEach, describe, expect, it } from "vitest";
import { caseDocument, referenceDocument, syntheticPrefix } from "../bench/synthetic-graph.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { ImportValidationError } from "../src/ingest/problems.ts";
import { testDriver } from "./helpers/db.ts";

const { driver, database, db } = testDriver();
const importOptions = { db };
const records = (documents: { content: Record<string, unknown[]> }[]) =>
  documents.reduce((sum, d) => sum + Object.values(d.content).reduce((n, list) => n + list.length, 0), 0);
const created = (counts: Record<string, { created: number; updated: number }>) =>
  Object.values(counts).reduce((sum, c) => sum + c.created + c.updated, 0);

afterEach(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: syntheticPrefix }, { database });
});
afterAll(() => driver.close());

describe("the benchmark generator", () => {
  it("gives the same case for the same seed and index, and another for another seed", () => {
    expect(caseDocument(41, 1)).toEqual(caseDocument(41, 1));
    expect(caseDocument(41, 2)).not.toEqual(caseDocument(41, 1));
    expect(caseDocument(42, 1)).not.toEqual(caseDocument(41, 1));
  });

  it("writes only plainly synthetic data: syn- ids, example.org URLs, Synthetic names", () => {
    const text = JSON.stringify([referenceDocument(), ...Array.from({ length: 50 }, (_, i) => caseDocument(i, 7))]);
    const ids = [...text.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!);
    const urls = [...text.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    const names = [...text.matchAll(/"(?:name|title)":"([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => !id.startsWith(syntheticPrefix))).toEqual([]);
    expect(urls.filter((url) => !url.startsWith("https://example.org/synthetic/"))).toEqual([]);
    expect(names.filter((name) => !/Synthetic/.test(name))).toEqual([]);
  });

  it("imports through the importer's validation, every record once, and a second import changes nothing", async () => {
    const documents = [referenceDocument(), ...Array.from({ length: 30 }, (_, i) => caseDocument(i, 1))];
    const first = await importDocuments(documents, importOptions);
    expect(created(first.counts)).toBe(records(documents));
    const second = await importDocuments(documents, importOptions);
    expect(created(second.counts)).toBe(0);
  });

  it("has a generated document that breaks the format rejected with its file and field, and nothing written", async () => {
    await importDocuments([referenceDocument()], importOptions);
    const broken = caseDocument(3, 1);
    delete (broken.content.investigations![0] as { leadAgency?: string }).leadAgency;
    const error = await importDocuments([broken], importOptions).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).problems).toEqual([
      { file: "synthetic/case-3", line: undefined, field: "investigations[0].leadAgency", message: "missing (required)" },
      // The prosecution refers to the rejected investigation; that is not reported again.
    ]);
    const { records: left } = await driver.executeQuery(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'syn-3-' RETURN count(n) AS n",
      {},
      { database },
    );
    expect(left[0]!.get("n")).toBe(0);
  });
});
