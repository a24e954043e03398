import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { oneRow } from "../src/db/query.ts";
import { retractSource } from "../src/graph/sources.ts";
import { tally } from "../src/graph/tally.ts";
import { formatSummary, importSeed } from "../src/ingest/import-seed.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { syntheticCase, writeSeedFolder } from "./helpers/synthetic-seed.ts";

// A conviction's placement is stored on it and recomputed whenever what it derives from is
// written: here a sentence comes, goes and changes, the agency hierarchy moves, and the only
// source is retracted. After each change the tally is checked against a count by hand.

const { driver, database, db } = testDriver();
const p = testIdPrefix();
const cite = `[{ source: ${p}src, locator: "paragraph 2", supports: "Synthetic support." }]`;
// The synthetic case with an undated plea, and its sentence kept apart in a file of its own.
const [caseText] = syntheticCase(p).replace('date: "2024-05-30"', "date: unknown").split("\nsentences:");
const folder = writeSeedFolder({ "case.yaml": caseText!, "sentences.yaml": "sentences: []\n" });
const sentences = (...dates: string[]) =>
  writeFileSync(
    path.join(folder, "sentences.yaml"),
    dates.length === 0 ? "sentences: []\n" : `sentences:\n${dates
      .map(
        (date, i) => `  - id: ${p}sentence-${i + 1}
    defendant: ${p}defendant-1
    conviction: ${p}conviction-1
    date: "${date}"
    prison: 60
    supervisedRelease: unknown
    restitutionUsd: null
    sources: ${cite}`,
      )
      .join("\n")}\n`,
  );
const reimport = async () => formatSummary(await importSeed([folder], { db }));

/** What the tally says for the synthetic agency since 2023-01-01. */
const counted = async (agency = `${p}agency`) => {
  const t = (await tally(db, { agency, window: { since: "2023-01-01", until: null }, statutes: null, categories: null }))!;
  return { inWindow: t.convictionsInWindow, notPlaceable: t.notPlaceable, pending: t.pendingCharges, cases: t.cases, fieldOffices: t.fieldOffices };
};
const placement = async () =>
  db.read(
    {
      name: "test/placement",
      text: "MATCH (c:Conviction {id: $id}) RETURN c.placedDate AS date, c.datedBy AS datedBy, c.leadLineage AS lineage, c.supported AS supported",
      decode: oneRow(z.object({ date: z.string(), datedBy: z.string().nullable(), lineage: z.array(z.string()), supported: z.boolean() })),
      heavy: false,
    },
    { id: `${p}conviction-1` },
  );

beforeAll(async () => {
  await reimport();
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await driver.close();
});

describe("the stored placement", () => {
  it("of an undated plea with no sentence: not placeable", async () => {
    expect(await placement()).toEqual({ date: "unknown", datedBy: null, lineage: [`${p}office`, `${p}agency`], supported: true });
    // By hand: one conviction, undated; one charge still pending (defendant 2).
    expect(await counted()).toEqual({ inWindow: 0, notPlaceable: 1, pending: 1, cases: 0, fieldOffices: 0 });
  });

  it("is recomputed when a sentence is added: its judgment dates the conviction", async () => {
    sentences("2023-12");
    expect(await reimport()).toMatch(/^Imported 2 files: 1 created, 0 updated, 14 unchanged records\./);
    expect(await placement()).toMatchObject({ date: "2023-12", datedBy: "judgment" });
    // By hand: December 2023 is inside "since 2023-01-01"; its case is led by a field office.
    expect(await counted()).toEqual({ inWindow: 1, notPlaceable: 0, pending: 1, cases: 1, fieldOffices: 1 });
  });

  it("is recomputed when the sentence is removed from its file", async () => {
    sentences();
    expect(await reimport()).toMatch(/^Imported 2 files: 0 created, 0 updated, 14 unchanged, 1 removed records\./);
    expect(await placement()).toMatchObject({ date: "unknown", datedBy: null });
    expect(await counted()).toEqual({ inWindow: 0, notPlaceable: 1, pending: 1, cases: 0, fieldOffices: 0 });
  });

  it("takes the earliest of two judgments, and places it out of the window", async () => {
    sentences("2024-02-01", "2022-05");
    await reimport();
    expect(await placement()).toMatchObject({ date: "2022-05", datedBy: "judgment" });
    // By hand: May 2022 is before the window: neither counted nor "not placeable".
    expect(await counted()).toEqual({ inWindow: 0, notPlaceable: 0, pending: 1, cases: 0, fieldOffices: 0 });
  });

  it("is recomputed when the agency hierarchy changes", async () => {
    sentences("2023-12");
    writeFileSync(
      path.join(folder, "case.yaml"),
      caseText!
        .replace(`partOf: ${p}agency`, `partOf: ${p}other`)
        .replace("agencies:\n", `agencies:\n  - id: ${p}other\n    name: Synthetic agency ${p} other\n    kind: department\n    sources: ${cite}\n`),
    );
    await reimport();
    expect((await placement()).lineage).toEqual([`${p}office`, `${p}other`]);
    expect(await counted(`${p}agency`)).toEqual({ inWindow: 0, notPlaceable: 0, pending: 0, cases: 0, fieldOffices: 0 });
    expect(await counted(`${p}other`)).toEqual({ inWindow: 1, notPlaceable: 0, pending: 1, cases: 1, fieldOffices: 1 });
  });

  it("is recomputed when its only source is retracted: a fact no source supports is not counted", async () => {
    const retracted = await retractSource(db, `${p}src`);
    expect(retracted?.unsupported.map((f) => f.id)).toContain(`${p}conviction-1`);
    expect((await placement()).supported).toBe(false);
    // The pending charge cites the same source: it is no longer counted either.
    expect(await counted(`${p}other`)).toEqual({ inWindow: 0, notPlaceable: 0, pending: 0, cases: 0, fieldOffices: 0 });
  });
});
