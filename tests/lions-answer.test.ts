import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { judgeLink, listLinks } from "../src/graph/link-review.ts";
import { importDocuments } from "../src/ingest/import-seed.ts";
import { loadRelease } from "../src/ingest/lions/load-release.ts";
import { cleanEnv, runCli } from "./helpers/cli.ts";
import { testDriver } from "./helpers/db.ts";
import { fixedWidthLine, layoutOf, releaseFolder, unloadIfLoaded } from "./helpers/lions-fixture.ts";
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

const line = (table: string, values: Record<string, string>) => fixedWidthLine(layoutOf(table), values);
const program = (district: string, caseId: string, code: string, id: string) => line("GS_CASE_PROG_CAT", { DISTRICT: district, CASEID: caseId, PROG_CAT: code, ID: id });
const agency = (district: string, caseId: string, id: string, code: string) => line("GS_PARTICIPANT", { DISTRICT: district, CASEID: caseId, ID: id, TYPE: "A", ROLE: "IN", AGENCY: code });
const defendant = (district: string, caseId: string, id: string, role = "D") => line("GS_PARTICIPANT", { DISTRICT: district, CASEID: caseId, ID: id, TYPE: "I", ROLE: role });
const count = (district: string, caseId: string, partId: string, countId: string, charge: string, disposition: string, reason: string, date: string) =>
  line("GS_PART_COUNT", { DISTRICT: district, CASEID: caseId, PARTID: partId, CRTHISID: "1", CHARGE: charge, COUNTID: countId, DISPOSITION: disposition, DISP_REASON: reason, DISP_DATE: date, SEALED: "N" });

/**
 * Eight cases in CO (D. Colo.) and VT (D. Vt.), where the seed has no case:
 * - CO SYN0000001, programs 080, 05E and 080 again: HSCE leads; a plea on 11-DEC-2023 to
 *   § 2251(a), a second count (§ 2252A(a)(5)(B)) dismissed; sentenced to life.
 * - CO SYN0000002, 080: JUFB (FBI) leads (participant 1), HSCE a partner; a jury verdict on
 *   05-MAR-2024, § 2422(b).
 * - CO SYN0000003, 080: no IN row; a plea on 01-FEB-2024, § 2252A(a)(2).
 * - CO SYN0000004, 080: HSCE leads; a plea on 15-JUN-2022, before the window.
 * - VT SYN0000005, 080: HSCE leads; one count not guilty, one dismissed: no conviction.
 * - VT SYN0000006, 05E: HSCE leads; a juvenile defendant (DJ) found guilty by the judge on
 *   20-JUL-2024 of § 1591(a); a second defendant guilty by plea on a count with no date.
 * - VT SYN0000007, 080: HSZZ (a joint task force, participant 1) leads, HSCE (5) a partner;
 *   a plea to another charge on 03-JAN-2025, § 2252A(a)(2).
 * - CO SYN0000008, 080: HSCE leads; a plea on 14-MAR-2024 to § 2252A(a)(2) and
 *   § 2252A(a)(5)(B); 120 months.
 */
function release() {
  return releaseFolder({
    "gs_case.txt": [1, 2, 3, 4, 8].map((n) => line("GS_CASE", { DISTRICT: "CO", ID: `SYN000000${n}` })).concat([5, 6, 7].map((n) => line("GS_CASE", { DISTRICT: "VT", ID: `SYN000000${n}` }))),
    "gs_court_hist.txt": [line("GS_COURT_HIST", { DISTRICT: "CO", CASEID: "SYN0000001", ID: "1", DISPOSITION: "GT", DISP_DATE: "11-DEC-2023" })],
    "gs_case_prog_cat.txt": [
      program("CO", "SYN0000001", "080", "1"),
      program("CO", "SYN0000001", "05E", "2"),
      program("CO", "SYN0000001", "080", "3"),
      program("CO", "SYN0000002", "080", "4"),
      program("CO", "SYN0000003", "080", "5"),
      program("CO", "SYN0000004", "080", "6"),
      program("VT", "SYN0000005", "080", "7"),
      program("VT", "SYN0000006", "05E", "8"),
      program("VT", "SYN0000007", "080", "9"),
      program("CO", "SYN0000008", "080", "10"),
    ],
    "gs_participant_CO.txt": [
      agency("CO", "SYN0000001", "1", "HSCE"),
      defendant("CO", "SYN0000001", "2"),
      agency("CO", "SYN0000002", "1", "JUFB"),
      agency("CO", "SYN0000002", "2", "HSCE"),
      defendant("CO", "SYN0000002", "3"),
      defendant("CO", "SYN0000003", "1"),
      agency("CO", "SYN0000004", "1", "HSCE"),
      defendant("CO", "SYN0000004", "2"),
      agency("CO", "SYN0000008", "1", "HSCE"),
      defendant("CO", "SYN0000008", "2"),
    ],
    "gs_participant_VT.txt": [
      agency("VT", "SYN0000005", "1", "HSCE"),
      defendant("VT", "SYN0000005", "2"),
      agency("VT", "SYN0000006", "1", "HSCE"),
      defendant("VT", "SYN0000006", "2", "DJ"),
      defendant("VT", "SYN0000006", "3"),
      agency("VT", "SYN0000007", "1", "HSZZ"),
      agency("VT", "SYN0000007", "5", "HSCE"),
      defendant("VT", "SYN0000007", "7"),
    ],
    "gs_part_count.txt": [
      count("CO", "SYN0000001", "2", "1", "18 :2251(a)", "GT", "PLED", "11-DEC-2023"),
      count("CO", "SYN0000001", "2", "2", "18 :2252A(a)(5)(B)", "DM", "", ""),
      count("CO", "SYN0000002", "3", "1", "18 :2422(b)", "GT", "JTRD", "05-MAR-2024"),
      count("CO", "SYN0000003", "1", "1", "18 :2252A(a)(2)", "GT", "PLED", "01-FEB-2024"),
      count("CO", "SYN0000004", "2", "1", "18 :2252A(a)(5)(B)", "GT", "PLED", "15-JUN-2022"),
      count("VT", "SYN0000005", "2", "1", "18 :2251(a)", "NG", "JTRD", "09-SEP-2024"),
      count("VT", "SYN0000005", "2", "2", "18 :2252A(a)(2)", "DM", "", ""),
      count("VT", "SYN0000006", "2", "1", "18 :1591(a)", "GT", "BTRD", "20-JUL-2024"),
      count("VT", "SYN0000006", "3", "1", "18 :1591(a)", "GT", "PLED", ""),
      count("VT", "SYN0000007", "7", "1", "18 :2252A(a)(2)", "GT", "PLOD", "03-JAN-2025"),
      count("CO", "SYN0000008", "2", "1", "18 :2252A(a)(2)", "GT", "PLED", "14-MAR-2024"),
      count("CO", "SYN0000008", "2", "2", "18 :2252A(a)(5)(B)", "GT", "PLED", "14-MAR-2024"),
    ],
    "gs_sentence.txt": [
      line("GS_SENTENCE", { DISTRICT: "CO", CASEID: "SYN0000001", PARTID: "2", SENT_DATE: "02-APR-2024", INCAR_TYPE: "LIF" }),
      line("GS_SENTENCE", { DISTRICT: "CO", CASEID: "SYN0000008", PARTID: "2", SENT_DATE: "01-AUG-2024", INCAR_MONTHS: "120" }),
    ],
  });
}

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

/**
 * Coverage, by hand: one named case, "Synthetic defendant 8" in D. Colo., pleaded guilty on
 * 2024-03-13 to a charge read as § 2252A, 120 months: a candidate for SYN0000008 (a day
 * apart, the same term), accepted. 080: 1 of 2 led convictions linked; § 2252A(a)(2) and
 * § 2252A(a)(5)(B) 1 of 1 each, § 2251(a) 0 of 1. 05E: none.
 */
function namedCase() {
  const cite = [{ source: "src-test-lions-answer", locator: "paragraph 1", supports: "Synthetic support." }];
  return {
    sources: [{ id: "src-test-lions-answer", kind: "press_release", publisher: "Synthetic Publisher", title: "Synthetic release 8", url: "https://example.org/lions-answer", published: "2024-08-02", retrieved: "2026-12-01" }],
    investigations: [{ id: "inv-test-lions-answer", title: "Synthetic investigation 8", summary: "Synthetic.", leadAgency: "hsi", sources: cite }],
    prosecutions: [{ id: "pros-test-lions-answer", title: "United States v. Synthetic defendant 8", investigation: "inv-test-lions-answer", district: "d-colo", sources: cite }],
    defendants: [{ id: "def-test-lions-answer", prosecution: "pros-test-lions-answer", name: "Synthetic defendant 8", sources: cite }],
    charges: [
      {
        id: "charge-test-lions-answer",
        defendant: "def-test-lions-answer",
        description: "synthetic charge",
        statute: { basis: "inferred", statute: "18-usc-2252a", inference: "Synthetic words read as § 2252A." },
        stage: "convicted_plea",
        sources: cite,
      },
    ],
    convictions: [{ id: "conv-test-lions-answer", defendant: "def-test-lions-answer", charges: ["charge-test-lions-answer"], method: "plea", date: "2024-03-13", sources: cite }],
    sentences: [{ id: "sent-test-lions-answer", defendant: "def-test-lions-answer", conviction: "conv-test-lions-answer", date: "2024-08-01", prison: 120, supervisedRelease: "unknown", restitutionUsd: null, sources: cite }],
  };
}

const folder = release();
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
  await importDocuments([{ file: namedFile, content: namedCase() }], { db, prune: true });
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
