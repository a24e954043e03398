import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpServer, type RunningHttpServer } from "../src/api/http-server.ts";
import { testDriver } from "./helpers/db.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Random combinations of the list's filters, over the real seed: none may fail inside, and
// no row may come back without a source for the conviction and for its case.
const { driver, database, db } = testDriver();
let server: RunningHttpServer;
const runs = 150;

const query = `query Page($filter: ConvictionFilter, $sort: ConvictionSort, $first: Int) {
  convictions(filter: $filter, sort: $sort, first: $first) {
    totalCount
    edges { node { id citations { source { id } } case { citations { source { id } } } charges { id citations { source { id } } } } }
  }
}`;

const day = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("' OR 1=1 //", "}) DETACH DELETE n", "2023-13-40"));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const oneOf = (ids: fc.Arbitrary<string>) => fc.oneof({ arbitrary: ids, weight: 9 }, { arbitrary: text, weight: 1 });

const filters = fc.record(
  {
    // Mostly ids that exist, sometimes text: an id that names nothing is refused (BAD_USER_INPUT).
    agency: optional(oneOf(fc.constantFrom("hsi", "ice", "dhs", "hsi-charleston", "fbi", "HSI"))),
    district: optional(oneOf(fc.constantFrom("sd-tex", "nd-tex", "ed-tex", "wd-ny", "S.D. Tex.", "TXS"))),
    statute: optional(oneOf(fc.constantFrom("18-usc-2251", "18-usc-1591", "18-usc-2252"))),
    category: optional(oneOf(fc.constantFrom("csam-production", "csam-possession", "child-sex-trafficking", "transportation-of-a-minor"))),
    // Mostly stages, sometimes text: text that is no stage is refused before any resolver runs.
    stage: optional(fc.oneof({ arbitrary: fc.constantFrom("CONVICTED", "CONVICTED_PLEA", "CONVICTED_TRIAL", "INDICTED"), weight: 4 }, { arbitrary: text, weight: 1 })),
    since: optional(fc.oneof(day, text)),
    until: optional(fc.oneof(day, text)),
  },
  { requiredKeys: [] },
);

beforeAll(async () => {
  await loadSeed(db);
  server = await startHttpServer({ db, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.stop();
  await removeSeed(driver, database);
  await driver.close();
});

describe("the convictions list, given random filters", () => {
  it(`never fails inside and never returns a fact without a source (${runs} combinations)`, async () => {
    let answered = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        filters,
        fc.constantFrom("DATE_ASC", "DATE_DESC", "DEFENDANT_ASC"),
        fc.integer({ min: 1, max: 100 }),
        async (filter, sort, first) => {
          const response = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query, variables: { filter, sort, first } }),
          });
          const body = (await response.json()) as {
            data?: { convictions: { edges: { node: { id: string; citations: unknown[]; case: { citations: unknown[] }; charges: { citations: unknown[] }[] } }[] } };
            errors?: { extensions?: { code?: string } }[];
          };
          // A value that is no stage at all fails GraphQL's own check of the variables (400).
          expect([200, 400]).toContain(response.status);
          if (body.errors !== undefined) {
            expect(body.errors.map((e) => e.extensions?.code)).toEqual(body.errors.map(() => "BAD_USER_INPUT"));
            refused += 1;
            return;
          }
          for (const { node } of body.data!.convictions.edges) {
            expect(node.citations.length, node.id).toBeGreaterThan(0);
            expect(node.case.citations.length, node.id).toBeGreaterThan(0);
            for (const charge of node.charges) expect(charge.citations.length, node.id).toBeGreaterThan(0);
          }
          answered += 1;
        },
      ),
      { numRuns: runs, seed: 20261126 },
    );
    // Both kinds happen: a sweep that only ever refused would prove nothing.
    expect(answered).toBeGreaterThan(25);
    expect(refused).toBeGreaterThan(10);
  }, 300_000);
});
