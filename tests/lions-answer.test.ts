import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { judgeLink, listLinks } from "../src/graph/link-review.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { loadRelease } from "../src/ingest/lions/load-release.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver } from "./helpers/db.ts";
import { answerNamedCase, answerRelease } from "./helpers/lions-answer-fixture.ts";
import { unloadIfLoaded } from "./helpers/lions-fixture.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// The caseload answer, end to end, on one synthetic release (SYN case ids, no names) in the
// exact published layout, GS_PARTICIPANT split per district: the counts computed by hand
// below are what the release's own figures (ingest:lions --format json), the graph's tally
// (GraphQL), the JSON answer and the Markdown report all give.

const { driver, database, db } = testDriver();
const neo4j = inject("neo4j");
const env = cleanEnv({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database });
const releaseName = "synthetic-answer";
const namedFile = "test/lions-answer-named";

/**
 * By hand, HSCE, convicted on or after 2023-01-01.
 * 080 (SYN1, 2, 3, 4, 5, 7, 8): led and in the window, SYN1 (2023, plea, § 2251(a)) and SYN8
 * (2024, plea, § 2252A(a)(2) and (a)(5)(B)): 2. As lead or partner, add SYN2 (FBI led) and
 * SYN7 (the task force led): 4. SYN3 has no investigating agency, SYN4 is before the window,
 * SYN5 has no conviction.
 * 05E (SYN1, SYN6): led and in the window, SYN1 and SYN6's juvenile defendant (2024, bench,
 * § 1591(a)): 2, both led. SYN6's second defendant has a guilty count without a date: not
 * placeable.
 */
const program080 = {
  code: "080",
  name: "Project Safe Childhood",
  convictionsLed: 2,
  convictionsParticipated: 4,
  byStatute: [
    { statute: "18 U.S.C. § 2251(a)", convictions: 1 },
    { statute: "18 U.S.C. § 2252A(a)(2)", convictions: 1 },
    { statute: "18 U.S.C. § 2252A(a)(5)(B)", convictions: 1 },
  ],
  byHow: { plea: 2, jury: 0, bench: 0, other: 0 },
  byYear: [
    { year: 2023, convictions: 1 },
    { year: 2024, convictions: 1 },
  ],
  notPlaceable: 0,
};
const program05E = {
  code: "05E",
  name: "Civil Rights - Slavery/Involuntary Servitude, and trafficking in persons",
  convictionsLed: 2,
  convictionsParticipated: 2,
  byStatute: [
    { statute: "18 U.S.C. § 1591(a)", convictions: 1 },
    { statute: "18 U.S.C. § 2251(a)", convictions: 1 },
  ],
  byHow: { plea: 1, jury: 0, bench: 1, other: 0 },
  byYear: [
    { year: 2023, convictions: 1 },
    { year: 2024, convictions: 1 },
  ],
  notPlaceable: 1,
};

const folder = answerRelease();
const linked = (figures: typeof program080, counts: Record<string, number>, total: number) => ({
  ...figures,
  byStatute: figures.byStatute.map((s) => ({ ...s, linkedToNamedCases: counts[s.statute] ?? 0 })),
  linkedToNamedCases: total,
});
const removeJudgements = () => driver.executeQuery("MATCH (j:LinkJudgement) WHERE j.link STARTS WITH 'conv-test-lions-answer~' DELETE j", {}, { database });

async function answer(format: "json" | "md"): Promise<string> {
  const run = runCli("answer", env, ["--since", "2023-01-01", "--format", format]);
  expect(await run.exited, run.output()).toBe(0);
  return run.stdout();
}

beforeAll(async () => {
  await removeJudgements();
  await loadSeed(db);
  await importDocuments([{ file: namedFile, content: answerNamedCase() }], { db, prune: true });
});
afterAll(async () => {
  await removeJudgements();
  await unloadIfLoaded(db, releaseName);
  await importDocuments([{ file: namedFile, content: {} }], { db, prune: true });
  await removeSeed(driver, database);
  await driver.close();
});

describe("the caseload answer on the fixture release", () => {
  it("is what the release's own figures give (npm run ingest:lions --since --format json)", async () => {
    const run = runCli("ingest-lions", env, ["--since", "2023-01-01", "--format", "json", folder]);
    expect(await run.exited, run.output()).toBe(0);
    const { caseload } = JSON.parse(run.stdout()) as { caseload: { programs: unknown[]; agencyCodes: { unknown: string[] } } };
    expect(caseload.programs).toEqual([
      { ...program080, sealedOnly: 0 },
      { ...program05E, sealedOnly: 0 },
    ]);
    // HSCE, JUFB and HSZZ are all in the built-in code list.
    expect(caseload.agencyCodes.unknown).toEqual([]);
  });

  it("is what the graph's tally gives once loaded, and the one case without an investigating agency is listed, not written", async () => {
    const loaded = await loadRelease(db, [folder], { name: releaseName, period: "FY2025", programs: ["080", "05E"], loaded: "2026-12-01" });
    expect(loaded.notWritten).toEqual([{ conviction: "CO SYN0000003 participant 1", reason: "the case has no investigating agency" }]);
    // The task force leads SYN0000007, with ICE its partner.
    const { records } = await driver.executeQuery(
      "MATCH (:Investigation {id: 'inv-caseload-synthetic-answer-vt-syn0000007'})-[r:LED_BY|PARTNERED_WITH]->(a:Agency) RETURN type(r) AS role, a.id AS agency ORDER BY role",
      {},
      { database },
    );
    expect(records.map((r) => [r.get("role"), r.get("agency")])).toEqual([
      ["LED_BY", "task-force-hszz"],
      ["PARTNERED_WITH", "ice"],
    ]);
    const { programs } = JSON.parse(await answer("json")).caseload as { programs: unknown[] };
    expect(programs).toEqual([linked(program080, {}, 0), linked(program05E, {}, 0)]);
  });

  it("gives coverage from accepted links only, the same in the JSON answer and the report", async () => {
    const [candidate, ...others] = await listLinks(db);
    expect(others).toEqual([]);
    expect(candidate!.id).toBe("conv-test-lions-answer~CO:SYN0000008:2");
    await judgeLink(db, { id: candidate!.id, verdict: "accepted", by: "Synthetic reviewer", why: "Synthetic: a day apart, the same term." });

    const { caseload } = JSON.parse(await answer("json")) as { caseload: { programs: unknown[] } };
    expect(caseload.programs).toEqual([
      linked(program080, { "18 U.S.C. § 2252A(a)(2)": 1, "18 U.S.C. § 2252A(a)(5)(B)": 1 }, 1),
      linked(program05E, {}, 0),
    ]);
    const markdown = await answer("md");
    expect(markdown).toContain(
      [
        "| Program | Convicted, led | Led or partner | Plea | Jury | Bench | Other | Not placeable | Linked to a named case |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        "| 080 Project Safe Childhood | 2 | 4 | 2 | 0 | 0 | 0 | 0 | 1 |",
        "| 05E Civil Rights - Slavery/Involuntary Servitude, and trafficking in persons | 2 | 2 | 1 | 0 | 1 | 0 | 1 | 0 |",
      ].join("\n"),
    );
    expect(markdown).toContain(
      [
        "Coverage, program 080: 1 of 2 (50%) of the counted convictions led in the window are tied by an accepted link to a named case that a source supports (`npm run review`); open candidates do not count until a reviewer accepts them.",
        "",
        "| Statute (as printed) | Counted | Linked to a named case | Coverage |",
        "| --- | --- | --- | --- |",
        "| 18 U.S.C. § 2251(a) | 1 | 0 | 0% |",
        "| 18 U.S.C. § 2252A(a)(2) | 1 | 1 | 100% |",
        "| 18 U.S.C. § 2252A(a)(5)(B) | 1 | 1 | 100% |",
      ].join("\n"),
    );
    expect(markdown).toContain("Coverage, program 05E: 0 of 2 (0%)");
  });
});
