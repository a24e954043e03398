import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withInProcessApi } from "../src/cli/in-process-api.ts";
import { defaultApiSettings } from "../src/config.ts";
import { CaseloadLoadError, CaseloadReleaseError } from "../src/errors.ts";
import { tally } from "../src/graph/tally.ts";
import { loadRelease, removeRelease } from "../src/ingest/lions/load-release.ts";
import { testDriver } from "./helpers/db.ts";
import { agencyCodeTable, codeTablesFile, fixedWidthLine, layoutOf, releaseFolder, unloadIfLoaded } from "./helpers/lions-fixture.ts";
import { loadSeed, removeSeed } from "./helpers/seed-data.ts";

// Loading a caseload release into the graph: its convictions become facts of the tier
// "counted", citing the release; the named-case tally never counts them; loading again
// writes nothing; a release that cannot be read writes nothing; removing it takes back all
// it alone wrote. Synthetic release: SYN case ids, no names.

const { driver, database, db } = testDriver();

const line = (table: string, values: Record<string, string>) => fixedWidthLine(layoutOf(table), values);

/**
 * Two cases of program 080 in TXS (S.D. Tex.). SYN0000001: HSCE (ICE) investigated; filed in
 * court on 01-JUN-2023 (court-history row 1), its defendant pleaded guilty on 11-DEC-2023 to
 * 18 :2252A(a)(5)(B) and was sentenced to life on 02-APR-2024. SYN0000002: the lead agency's
 * code (XXXX) names no agency of the graph.
 */
function release(extra: Record<string, string[]> = {}) {
  return releaseFolder({
    "gs_case.txt": [line("GS_CASE", { DISTRICT: "TXS", ID: "SYN0000001" }), line("GS_CASE", { DISTRICT: "TXS", ID: "SYN0000002" })],
    "gs_court_hist.txt": [line("GS_COURT_HIST", { DISTRICT: "TXS", CASEID: "SYN0000001", ID: "1", FILING_DATE: "01-JUN-2023", DISPOSITION: "GT", DISP_DATE: "11-DEC-2023" })],
    "gs_case_prog_cat.txt": [
      line("GS_CASE_PROG_CAT", { DISTRICT: "TXS", CASEID: "SYN0000001", PROG_CAT: "080", ID: "1" }),
      line("GS_CASE_PROG_CAT", { DISTRICT: "TXS", CASEID: "SYN0000002", PROG_CAT: "080", ID: "2" }),
    ],
    "gs_participant.txt": [
      line("GS_PARTICIPANT", { DISTRICT: "TXS", CASEID: "SYN0000001", ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "HSCE" }),
      line("GS_PARTICIPANT", { DISTRICT: "TXS", CASEID: "SYN0000001", ID: "2", TYPE: "I", ROLE: "D" }),
      line("GS_PARTICIPANT", { DISTRICT: "TXS", CASEID: "SYN0000002", ID: "1", TYPE: "A", ROLE: "IN", AGENCY: "XXXX" }),
      line("GS_PARTICIPANT", { DISTRICT: "TXS", CASEID: "SYN0000002", ID: "2", TYPE: "I", ROLE: "D" }),
    ],
    "gs_part_count.txt": [
      line("GS_PART_COUNT", { DISTRICT: "TXS", CASEID: "SYN0000001", PARTID: "2", CRTHISID: "1", CHARGE: "18 :2252A(a)(5)(B)", COUNTID: "1", DISPOSITION: "GT", DISP_REASON: "PLED", DISP_DATE: "11-DEC-2023", SEALED: "N" }),
      line("GS_PART_COUNT", { DISTRICT: "TXS", CASEID: "SYN0000002", PARTID: "2", CRTHISID: "1", CHARGE: "18 :2251(a)", COUNTID: "1", DISPOSITION: "GT", DISP_REASON: "JTRD", DISP_DATE: "05-JAN-2024", SEALED: "N" }),
    ],
    "gs_sentence.txt": [line("GS_SENTENCE", { DISTRICT: "TXS", CASEID: "SYN0000001", PARTID: "2", SENT_DATE: "02-APR-2024", INCAR_TYPE: "LIF" })],
    ...extra,
  });
}

const load = (folder: string) => loadRelease(db, [folder], { name: "synthetic-release", period: "FY2024", programs: ["080"], loaded: "2026-12-01" });
const since2023 = async () => (await tally(db, { agency: "ice", window: { since: "2023-01-01", until: null }, statutes: null, categories: null }))!;
const written = async () =>
  (
    await driver.executeQuery("MATCH (n:Entity) WHERE n.recordFile IN ['caseload/synthetic-release', 'caseload/statutes'] RETURN n.id AS id ORDER BY id", {}, { database })
  ).records.map((r) => r.get("id") as string);

beforeAll(async () => {
  await loadSeed(db);
});
afterAll(async () => {
  await unloadIfLoaded(db, "synthetic-release");
  await removeSeed(driver, database);
  await driver.close();
});

describe("loading a caseload release", () => {
  it("writes each conviction as counted facts citing the release, and lists what it cannot write", async () => {
    const before = await since2023();
    const result = await load(release());
    expect(result.notWritten).toEqual([{ conviction: "TXS SYN0000002 participant 2", reason: "lead agency code XXXX names no agency of the graph" }]);
    expect(result.agencyCodes).toEqual({
      from: "built-in",
      source: "the built-in list (LIONS Appendix A): the release has no global_LIONS.txt",
      unknown: ["XXXX (not in the built-in code list)"],
      renamed: [],
    });
    // By hand: one source, the subsection § 2252A(a)(5)(B) added under § 2252A (in the
    // document the releases share), and for the HSCE case its investigation, prosecution,
    // defendant, charge, conviction and sentence, their ids scoped by the release.
    expect(await written()).toEqual([
      "18-usc-2252a-a-5-b",
      "charge-caseload-synthetic-release-txs-syn0000001-2-18-usc-2252a-a-5-b",
      "conv-caseload-synthetic-release-txs-syn0000001-2",
      "def-caseload-synthetic-release-txs-syn0000001-2",
      "inv-caseload-synthetic-release-txs-syn0000001",
      "pros-caseload-synthetic-release-txs-syn0000001",
      "sent-caseload-synthetic-release-txs-syn0000001-2",
      "src-caseload-synthetic-release",
    ]);
    // The only release holding its key: current; no older release was made history.
    expect([result.current, result.history, result.madeHistory]).toEqual([1, [], 0]);
    const { records } = await driver.executeQuery(
      `MATCH (c:Conviction {id: 'conv-caseload-synthetic-release-txs-syn0000001-2'})
       RETURN c.evidenceTier AS tier, c.caseloadKey AS key, c.supersededBy AS supersededBy, c.placedDate AS date, c.districtId AS district, c.leadLineage AS lineage, c.categories AS categories,
              [(s:Sentence)-[:FOR_CONVICTION]->(c) | s.prisonKind] AS prison,
              [(c)-[:CITES]->(src:Source) | [src.fileNames, size(src.fileSha256[0]), src.title, src.period, toString(src.periodTo)]] AS source`,
      {},
      { database },
    );
    expect(records[0]!.toObject()).toEqual({
      tier: "counted",
      key: "TXS SYN0000001 2",
      supersededBy: null,
      date: "2023-12-11",
      district: "sd-tex",
      lineage: ["ice", "dhs"],
      // § 2252A's families, taken by the subsection.
      categories: ["csam-distribution-receipt", "csam-possession"],
      prison: ["life"],
      // The release's period, FY2024, ends on 30 September 2024.
      source: [
        [
          ["gs_case.txt", "gs_case_prog_cat.txt", "gs_court_hist.txt", "gs_part_count.txt", "gs_participant.txt", "gs_sentence.txt"],
          64,
          "National Caseload Data, release synthetic-release, period FY2024",
          "FY2024",
          "2024-09-30",
        ],
      ],
    });
    // The case's filing date: that of the court-history row its guilty count names.
    const filed = await driver.executeQuery("MATCH (p:Prosecution {id: 'pros-caseload-synthetic-release-txs-syn0000001'}) RETURN p.filed AS filed, p.filedPrecision AS precision", {}, { database });
    expect(filed.records[0]!.toObject()).toEqual({ filed: "2023-06-01", precision: "day" });
    // The named-case tally for ICE did not move: counted records are never in it.
    const after = await since2023();
    expect([after.convictionsInWindow, after.notPlaceable]).toEqual([before.convictionsInWindow, before.notPlaceable]);
  });

  it("gives the caseload figures through the API: HSI's are ICE's (HSCE), the named-case count untouched", async () => {
    const query = parse(`{ convictionTally(since: "2023-01-01", agency: "HSI") {
      caseload { agency code caveats releases { id }
        programs { code name convictionsLed convictionsParticipated byStatute { statute convictions } byHow { plea jury bench other } byYear { year convictions } notPlaceable } } } }`);
    const data = await withInProcessApi(defaultApiSettings, db, (run) => run(query as TypedDocumentNode<{ convictionTally: { caseload: Record<string, unknown> } }>, {}));
    const { caseload } = data.convictionTally;
    // By hand: SYN0000001 (program 080), ICE leads, a plea of 2023-12-11 to § 2252A(a)(5)(B).
    expect(caseload.agency).toBe("ice");
    expect(caseload.code).toBe("HSCE");
    expect(caseload.programs).toEqual([
      {
        code: "080",
        name: "Project Safe Childhood",
        convictionsLed: 1,
        convictionsParticipated: 1,
        byStatute: [{ statute: "18 U.S.C. § 2252A(a)(5)(B)", convictions: 1 }],
        byHow: { plea: 1, jury: 0, bench: 0, other: 0 },
        byYear: [{ year: 2023, convictions: 1 }],
        notPlaceable: 0,
      },
      {
        code: "05E",
        name: "Civil Rights - Slavery/Involuntary Servitude, and trafficking in persons",
        convictionsLed: 0,
        convictionsParticipated: 0,
        byStatute: [],
        byHow: { plea: 0, jury: 0, bench: 0, other: 0 },
        byYear: [],
        notPlaceable: 0,
      },
    ]);
    expect((caseload.caveats as string[]).slice(0, 2)).toEqual([
      "The caseload data have no code for hsi: these are the figures of ice (HSCE), the nearest agency above it with one.",
      "HSCE is all of ICE; HSI is ICE's investigative arm, and the data do not tell them apart.",
    ]);
    expect(caseload.releases).toEqual([{ id: "src-caseload-synthetic-release" }]);
  });

  it("writes nothing the second time", async () => {
    const { summary } = await load(release());
    const changed = Object.values(summary.counts).reduce((sum, c) => sum + c.created + c.updated + c.removed, 0);
    expect(changed).toBe(0);
  });

  it("reports the release's own code table: a code it lacks, and one it renames, still read as the built-in list maps it", async () => {
    const codes = codeTablesFile([agencyCodeTable([["HSCE", "Synthetic name for HSCE (test data)"]])]);
    // The same release with its code table (its records keep their ids under the same name).
    const result = await load(release({ "global_LIONS.txt": codes }));
    expect(result.agencyCodes).toEqual({
      from: "release",
      source: "its global_LIONS.txt (GS_AGENCY, 1 code)",
      unknown: ["XXXX (not in the release's code table)"],
      renamed: [
        'HSCE is "Synthetic name for HSCE (test data)" in the release\'s code table, "Bureau of Immigration & Customs Enforcement (ICE)" in the built-in list (Appendix A); it is still read as ice',
      ],
    });
    // HSCE is still ICE: the same convictions are written, and XXXX's is not.
    expect(result.notWritten).toEqual([{ conviction: "TXS SYN0000002 participant 2", reason: "lead agency code XXXX names no agency of the graph" }]);
    expect(await written()).toHaveLength(8);
  });

  it("is refused, and writes nothing, when a table cannot be read", async () => {
    const bad = release({ "gs_sentence.txt": [line("GS_SENTENCE", { DISTRICT: "TXS", CASEID: "SYN0000001", PARTID: "2" }).slice(1)] });
    const error = await loadRelease(db, [bad], { name: "synthetic-release-bad", period: "FY2023", programs: ["080"], loaded: "2026-12-01" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseloadReleaseError);
    const { records } = await driver.executeQuery("MATCH (n:Entity) WHERE n.recordFile = 'caseload/synthetic-release-bad' RETURN count(n) AS n", {}, { database });
    expect(records[0]!.get("n")).toBe(0);
  });

  it("is unloaded with everything only it wrote", async () => {
    const { summary, becameCurrent } = await removeRelease(db, "synthetic-release");
    const removed = Object.values(summary.counts).reduce((sum, c) => sum + c.removed, 0);
    expect([removed, becameCurrent]).toEqual([8, 0]);
    expect(await written()).toEqual([]);
  });

  it("refuses to remove a release that is not loaded, never answering with nothing removed", async () => {
    const error = await removeRelease(db, "synthetic-release").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseloadLoadError);
    expect((error as CaseloadLoadError).message).toMatch(/^"synthetic-release" cannot be removed; nothing was written\.\n  no release named "synthetic-release" is loaded; /);
  });
});
