import { fixedWidthLine, layoutOf, releaseFolder } from "./lions-fixture.ts";

/**
 * The caseload answer's fixture (tests/lions-answer.test.ts): a synthetic release (SYN case
 * ids, no names) in the exact published layout, GS_PARTICIPANT split per district, and one
 * synthetic named case that may be one of its defendants. The figures it gives are computed by
 * hand in the test.
 */
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
export function answerRelease(): string {
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
 * Coverage, by hand: one named case, "Synthetic defendant 8" in D. Colo., pleaded guilty on
 * 2024-03-13 to a charge read as § 2252A, 120 months: a candidate for SYN0000008 (a day
 * apart, the same term), accepted. 080: 1 of 2 led convictions linked; § 2252A(a)(2) and
 * § 2252A(a)(5)(B) 1 of 1 each, § 2251(a) 0 of 1. 05E: none.
 */
export function answerNamedCase() {
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

