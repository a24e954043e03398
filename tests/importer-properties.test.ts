import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseDocument, referenceDocument, syntheticPrefix } from "../bench/synthetic-graph.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { ImportValidationError } from "../src/ingest/problems.ts";
import { testDriver } from "./helpers/db.ts";
import { graphFingerprint } from "./helpers/fingerprint.ts";

// Thousands of malformed case documents, each broken in 1 to 3 places by a mutation that can
// never leave it valid. Every one must be refused with a problem naming each broken record,
// and the graph must be exactly as it was.
const { driver, database, db } = testDriver();
const runs = 2000;

type Doc = Record<string, Record<string, unknown>[]>;
interface Mutation {
  /** The record (or collection) the problem must name, e.g. investigations[0]. */
  at: string;
  apply(content: Doc): void;
}

const references: Record<string, string> = {
  investigations: "leadAgency",
  prosecutions: "investigation",
  defendants: "prosecution",
  charges: "defendant",
};
const badValues = [null, 17, [], {}, "", true];
const badDates = ["2023-13-01", "2023-02-30", "yesterday", "23/01/2024", "2023-1-1"];

/** One mutation of one record of a document that holds `counts[collection]` records. */
const mutation = (counts: Record<string, number>): fc.Arbitrary<Mutation> =>
  fc.constantFrom(...Object.keys(counts).filter((c) => counts[c]! > 0)).chain((collection) =>
    fc.integer({ min: 0, max: counts[collection]! - 1 }).chain((index) => {
      const at = `${collection}[${index}]`;
      const record = (content: Doc) => content[collection]![index]!;
      const options: fc.Arbitrary<Mutation>[] = [
        fc.constant({ at, apply: (c: Doc) => void delete record(c).id }),
        fc.constantFrom(...badValues).map((value) => ({ at, apply: (c: Doc) => void (record(c).id = value) })),
        fc.integer({ min: 1, max: 9999 }).map((n) => ({
          at,
          apply: (c: Doc) => void (record(c).sources = [{ source: `syn-missing-${n}`, locator: "p. 1", supports: "Synthetic." }]),
        })),
        fc.constant({ at, apply: (c: Doc) => void (record(c).sources = []) }),
      ];
      if (collection === "sources") {
        options.push(fc.constantFrom(...badDates).map((date) => ({ at, apply: (c: Doc) => void (record(c).published = date) })));
      }
      if (references[collection] !== undefined) {
        options.push(
          fc.integer({ min: 1, max: 9999 }).map((n) => ({ at, apply: (c: Doc) => void (record(c)[references[collection]!] = `syn-missing-${n}`) })),
        );
      }
      return fc.oneof(...options);
    }),
  );

beforeAll(async () => {
  await importDocuments([referenceDocument()], { db });
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: syntheticPrefix }, { database });
  await driver.close();
});

describe("the importer, given malformed documents", () => {
  it(`refuses each of ${runs}, naming every broken record, and writes nothing`, async () => {
    const before = await graphFingerprint(driver, database);
    let refused = 0;
    let problemsSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 99_999 }).chain((i) => {
          const document = caseDocument(i, 1);
          const counts = Object.fromEntries(Object.entries(document.content).map(([k, v]) => [k, v.length]));
          return fc.tuple(fc.constant(i), fc.array(mutation(counts), { minLength: 1, maxLength: 3 }));
        }),
        async ([i, mutations]) => {
          const document = caseDocument(i, 1);
          for (const m of mutations) m.apply(document.content as Doc);
          const error = await importDocuments([document], { db }).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(ImportValidationError);
          const problems = (error as ImportValidationError).problems;
          for (const p of problems) {
            expect(p.file).toBe(`synthetic/case-${i}`);
            expect(p.message.length).toBeGreaterThan(0);
          }
          for (const m of mutations) {
            expect(problems.some((p) => p.field?.startsWith(m.at)), `${m.at} in ${JSON.stringify(problems)}`).toBe(true);
          }
          refused += 1;
          problemsSeen += problems.length;
        },
      ),
      { numRuns: runs, seed: 20261126 },
    );
    expect(refused).toBe(runs);
    expect(problemsSeen).toBeGreaterThanOrEqual(runs);
    expect(await graphFingerprint(driver, database)).toBe(before);
  }, 600_000);
});
