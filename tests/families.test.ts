import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convictionPage } from "../src/graph/convictions.ts";
import { dataVersion } from "../src/graph/data-version.ts";
import { tally, tallyFilter, type TallyQuestion } from "../src/graph/tally.ts";
import { importSeed } from "../src/ingest/import-seed.ts";
import { ImportValidationError } from "../src/ingest/problems.ts";
import { testDriver, testIdPrefix } from "./helpers/db.ts";
import { writeSeedFolder } from "./helpers/synthetic-seed.ts";

// What the answer counts: each conviction once, under the first family of its charges; a
// § 1591-like statute reaches the child or the adult family by the victim's age its sources
// give, and neither without one; convictions where the agency was only a partner are apart;
// and a day printed without a year is dated by the release's date, by one rule.

const { driver, database, db } = testDriver();
const p = testIdPrefix();
const citeOf = (p: string) => `[{ source: ${p}src, locator: "paragraph 1", supports: "Synthetic support." }]`;

/** A synthetic catalog shaped like the real one (seed/reference/offense-categories.yaml), its ids starting with `p`. */
const catalogOf = (p: string, cite = citeOf(p)) => `
sources:
  - id: ${p}src
    kind: press_release
    publisher: Synthetic Publisher
    title: Synthetic release
    url: https://example.org/${p}release
    published: "2024-07-31"
    retrieved: "2026-11-26"
  - id: ${p}undated-src
    kind: news
    publisher: Synthetic Publisher
    title: Synthetic undated report
    url: https://example.org/${p}undated
    published: unknown
    retrieved: "2026-11-26"
agencies:
  - id: ${p}agency
    name: Synthetic agency ${p}
    kind: component
    sources: ${cite}
  - id: ${p}other
    name: Synthetic other agency ${p}
    kind: component
    sources: ${cite}
categories:
  - { id: ${p}child, rank: 1, name: Synthetic child sex trafficking, description: Synthetic., victimAge: minor, childSexualExploitation: true }
  - { id: ${p}age-not-stated, rank: 2, name: Synthetic age not stated, description: Synthetic., victimAge: not_stated }
  - { id: ${p}production, rank: 6, name: Synthetic production, description: Synthetic., childSexualExploitation: true }
  - { id: ${p}possession, rank: 8, name: Synthetic possession, description: Synthetic., childSexualExploitation: true }
  - { id: ${p}adult, rank: 9, name: Synthetic adult sex trafficking, description: Synthetic., victimAge: adult }
statutes:
  - { id: ${p}1591, section: Synthetic § 1591, title: Synthetic trafficking, categories: [${p}child, ${p}age-not-stated, ${p}adult], sources: ${cite} }
  - { id: ${p}2251, section: Synthetic § 2251, title: Synthetic production, categories: [${p}production], sources: ${cite} }
  - { id: ${p}2252a, section: Synthetic § 2252A, title: Synthetic possession, categories: [${p}possession], sources: ${cite} }
`;

/** One case in a file of its own: its lead (and partner), one defendant, its charges, and a conviction on all of them. */
function oneCase(
  p: string,
  name: string,
  charges: string[],
  {
    lead = `${p}agency`,
    partner,
    date = '"2024-05-30"',
    yearFrom,
    tier,
  }: { lead?: string; partner?: string; date?: string; yearFrom?: string; tier?: string } = {},
): string {
  const cite = citeOf(p);
  return `
investigations:
  - { id: ${p}inv-${name}, title: Synthetic investigation ${name}, summary: Synthetic., leadAgency: ${lead}, partnerAgencies: [${partner ?? ""}], sources: ${cite} }
prosecutions:
  - { id: ${p}pros-${name}, title: Synthetic prosecution ${name}, investigation: ${p}inv-${name}, district: null, sources: ${cite} }
defendants:
  - { id: ${p}def-${name}, prosecution: ${p}pros-${name}, name: Synthetic defendant ${name}, sources: ${cite} }
charges:
${charges.map((c, i) => `  - { id: ${p}charge-${name}-${i + 1}, defendant: ${p}def-${name}, description: synthetic offense, ${c}, stage: convicted_plea, sources: ${cite} }`).join("\n")}
convictions:
  - id: ${p}conv-${name}
    defendant: ${p}def-${name}
    charges: [${charges.map((_, i) => `${p}charge-${name}-${i + 1}`).join(", ")}]
    method: plea
    date: ${date}
${yearFrom ? `    yearFromRelease: ${yearFrom}\n` : ""}${tier ? `    evidenceTier: ${tier}\n` : ""}    sources: ${cite}
`;
}

const stated = (statute: string, age?: string, q = p) => `statute: { basis: stated, statute: ${q}${statute} }${age ? `, victimAge: ${age}` : ""}`;
const inferred = (statute: string, age?: string) =>
  `statute: { basis: inferred, statute: ${p}${statute}, inference: Synthetic inference. }${age ? `, victimAge: ${age}` : ""}`;

const catalog = catalogOf(p);
const folder = writeSeedFolder({
  // The release (2024-07-31) prints "July 30" without a year: the rule reads it from the same file.
  "catalog.yaml":
    catalog + oneCase(p, "year-from-release", [stated("2252a")], { lead: `${p}other`, date: '"2024-07-30"', yearFrom: `{ source: ${p}src, monthDay: "07-30" }` }),
  "minor.yaml": oneCase(p, "minor", [inferred("1591", "minor")]),
  "adult.yaml": oneCase(p, "adult", [stated("1591", "adult")]),
  "no-age.yaml": oneCase(p, "no-age", [stated("1591")]),
  "production-and-possession.yaml": oneCase(p, "production-and-possession", [inferred("2251"), stated("2252a")]),
  "partner.yaml": oneCase(p, "partner", [stated("2252a")], { lead: `${p}other`, partner: `${p}agency` }),
  // A record of bulk caseload data: counted, so never in the named-case tally.
  "counted.yaml": oneCase(p, "counted", [stated("1591", "minor")], { tier: "counted" }),
});

const question: TallyQuestion = { agency: `${p}agency`, window: { since: "2023-01-01", until: null }, statutes: null, categories: null };

beforeAll(async () => {
  await importSeed([folder], { db });
});
afterAll(async () => {
  await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p }, { database });
  await driver.close();
});

describe("offence families", () => {
  it("count each conviction once, under the first family of its charges, so they add up to the count", async () => {
    const t = (await tally(db, question))!;
    expect(t.convictionsInWindow).toBe(4);
    // By hand: minor → child (inferred); no age → age not stated (stated); production and
    // possession → production, the first, inferred because its only production charge is;
    // adult → adult (stated). 1 + 1 + 1 + 1 = 4.
    expect(t.byFamily.map((f) => [f.family?.id, f.convictions, f.inferred])).toEqual([
      [`${p}child`, 1, 1],
      [`${p}age-not-stated`, 1, 0],
      [`${p}production`, 1, 1],
      [`${p}adult`, 1, 0],
    ]);
  });

  it("put a § 1591 charge under the child or the adult family by the age its sources give, never both, and apart when none", async () => {
    const t = (await tally(db, question))!;
    // Per category, a conviction counts under each of its charges' families: production and
    // possession both hold the fourth case; each § 1591 conviction is in exactly one.
    expect(t.byCategory.map((c) => [c.category.id, c.convictions, c.inferred])).toEqual(
      [
        [`${p}adult`, 1, 0],
        [`${p}age-not-stated`, 1, 0],
        [`${p}child`, 1, 1],
        [`${p}possession`, 1, 0],
        [`${p}production`, 1, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it("say how many convictions under each statute rest on inference alone", async () => {
    const t = (await tally(db, question))!;
    // § 1591: the minor case inferred, the adult and no-age cases stated.
    expect(t.byStatute.map((s) => [s.statute?.id, s.convictions, s.inferred])).toEqual([
      [`${p}1591`, 3, 1],
      [`${p}2251`, 1, 1],
      [`${p}2252a`, 1, 0],
    ]);
  });
});

describe("convictions where the agency was a partner, not the lead", () => {
  it("are counted apart, never in the agency's count", async () => {
    const t = (await tally(db, question))!;
    expect(t.partnerOnly).toBe(1);
    const page = await convictionPage(db, tallyFilter(question, "in", "partner_only"), { sort: "date_asc", offset: 0, first: 10, withCitations: false });
    expect(page.items.map((c) => c.id)).toEqual([`${p}conv-partner`]);
    const led = (await tally(db, { ...question, agency: `${p}other` }))!;
    expect([led.convictionsInWindow, led.partnerOnly]).toEqual([2, 0]);
  });
});

describe("convictions counted in bulk caseload data", () => {
  it("stay out of the named-case tally, and are listed with their tier where the filter asks for every tier", async () => {
    // The tally above is 4 with the counted case in the graph: none of its figures moved.
    expect((await tally(db, question))!.convictionsInWindow).toBe(4);
    const every = await convictionPage(db, { ...tallyFilter(question, "in"), tiers: null }, { sort: "date_asc", offset: 0, first: 10, withCitations: false });
    expect(every.items.filter((c) => c.evidenceTier === "counted").map((c) => c.id)).toEqual([`${p}conv-counted`]);
    expect(every.items).toHaveLength(5);
  });
});

describe("a day printed without a year", () => {
  it("is dated from the release and marked so", async () => {
    const page = await convictionPage(db, { ...tallyFilter({ ...question, agency: `${p}other` }, "in") }, { sort: "date_asc", offset: 0, first: 10, withCitations: false });
    expect(page.items.map((c) => [c.id, c.date.text, c.yearFrom])).toEqual([
      [`${p}conv-partner`, "2024-05-30", null],
      [`${p}conv-year-from-release`, "2024-07-30", `${p}src`],
    ]);
  });

  it("is refused when the year written is not the rule's, and must stay unknown without a release date", async () => {
    // Not written: each is refused on its own, in a graph that holds none of its ids.
    let attempts = 0;
    const attempt = async (date: string, source: string) => {
      const q = `${p}attempt-${++attempts}-`;
      const file = catalogOf(q) + oneCase(q, "dated", [stated("2252a", undefined, q)], { date, yearFrom: `{ source: ${q}${source}, monthDay: "07-30" }` });
      const error = await importSeed([writeSeedFolder({ "case.yaml": file })], { db }).then(() => undefined, (e: unknown) => e);
      if (error === undefined) return [];
      expect(error).toBeInstanceOf(ImportValidationError);
      return (error as ImportValidationError).problems.map((x) => [x.field, x.message]);
    };
    expect(await attempt('"2023-07-30"', "src")).toEqual([
      ["convictions[0].date", `must be "2024-07-30": 07-30 printed without a year takes the latest year that puts it on or before the release's date (2024-07-31)`],
    ]);
    expect(await attempt('"2024-07-30"', "undated-src")).toEqual([
      ["convictions[0].date", `must be "unknown": the release's date (unknown) does not settle the year of 07-30, so the date stays unknown`],
    ]);
    expect(await attempt("unknown", "undated-src")).toEqual([]);
  });
});
describe("the data version", () => {
  it("changes when a record changes, and not when nothing does", async () => {
    const before = await dataVersion(db);
    expect(before.hash).toMatch(/^[0-9a-f]{64}$/);
    await importSeed([folder], { db });
    expect((await dataVersion(db)).hash).toBe(before.hash);
    const file = path.join(folder, "catalog.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: Synthetic release", "title: Synthetic release, corrected"));
    await importSeed([folder], { db });
    const after = await dataVersion(db);
    expect(after.hash).not.toBe(before.hash);
    expect(after.records).toBe(before.records);
  });
});
