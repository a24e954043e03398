import { describe, expect, it } from "vitest";
import { CaseloadReleaseError } from "../errors.ts";
import { caseloadAgency, renamedAgencyCodes, unknownAgencyCodes } from "./caseload-agencies.ts";
import { parseCaseloadCharge } from "./caseload-charges.ts";
import type {
  CaseloadCaseInput as CaseloadCase,
  CaseloadCountInput as CaseloadCount,
  CaseloadCourtHistoryInput as CaseloadCourtHistory,
  CaseloadParticipantInput as CaseloadParticipant,
  CaseloadSentenceInput as CaseloadSentence,
} from "./caseload-input.ts";
import { caseloadDate, caseloadOutcome, caseloadPrison } from "./caseload.ts";

// Synthetic rows: SYN case ids, no names, values as a release writes them (padding removed).
const agency = (id: number, code: string): CaseloadParticipant => ({ id, role: "IN", agency: code });
const defendant = (id: number, role = "D"): CaseloadParticipant => ({ id, role, agency: "" });
const count = (participantId: number, countId: string, charge: string, disposition: string, reason: string, date: string, sealed = "", courtHistoryId: number | null = null): CaseloadCount => ({
  participantId,
  countId,
  courtHistoryId,
  charge,
  disposition,
  reason,
  date,
  sealed,
});
const sentence = (participantId: number, date: string, type: string, years: number | null, months: number | null, days: number | null): CaseloadSentence => ({
  participantId,
  date,
  incarcerationType: type,
  incarcerationYears: years,
  incarcerationMonths: months,
  incarcerationDays: days,
});
const court = (id: number, filingDate: string): CaseloadCourtHistory => ({ id, filingDate, disposition: "", dispositionDate: "", dispositionReasons: [] });
const caseOf = (participants: CaseloadParticipant[], counts: CaseloadCount[], sentences: CaseloadSentence[] = [], courtHistory: CaseloadCourtHistory[] = []): CaseloadCase => ({
  district: "TXS",
  caseId: "SYN0001",
  participants,
  counts,
  sentences,
  courtHistory,
});
const onlyConviction = (record: CaseloadCase) => {
  const { convictions } = caseloadOutcome(record);
  expect(convictions).toHaveLength(1);
  return convictions[0]!;
};
const guiltyPlea = (participantId = 1) => count(participantId, "1", "18 :2251(a)", "GT", "PLED", "11-DEC-2018");

describe("investigating agencies", () => {
  it("a lead agency that is not ICE, with ICE as a partner: the lead has the lowest participant id, compared as a number", () => {
    // Compared as text, "10" would come before "9" and make HSCE the lead.
    const record = caseOf([defendant(1), agency(10, "HSCE"), agency(9, "JUFB"), agency(11, "ZCAC"), agency(12, "HSCE"), agency(13, "JUFB")], [guiltyPlea()]);
    const conviction = onlyConviction(record);
    expect(conviction.leadAgency).toBe("JUFB");
    // HSCE once (ids 10 and 12), then ZCAC; the lead's own code is not a partner.
    expect(conviction.partnerAgencies).toEqual(["HSCE", "ZCAC"]);
  });

  it("no IN row: no lead and no partners", () => {
    const conviction = onlyConviction(caseOf([defendant(1)], [guiltyPlea()]));
    expect([conviction.leadAgency, conviction.partnerAgencies]).toEqual([null, []]);
  });

  it("reads the codes of Appendix A, and lists an unknown code rather than dropping it", () => {
    expect(caseloadAgency("HSCE")).toEqual({ code: "HSCE", kind: "agency", agencyId: "ice", name: "Bureau of Immigration & Customs Enforcement (ICE)" });
    expect(caseloadAgency("JUFB")).toEqual({ code: "JUFB", kind: "agency", agencyId: "fbi", name: "Federal Bureau of Investigation" });
    expect(caseloadAgency("HSZZ")).toEqual({ code: "HSZZ", kind: "joint-task-force", agencyId: "task-force-hszz", name: "Joint Homeland Security Agency /State/Local Task Force" });
    expect(caseloadAgency("ZCAC")).toEqual({ code: "ZCAC", kind: "joint-task-force", agencyId: "task-force-zcac", name: "Internet Crimes Against Children Task Force" });
    expect(caseloadAgency("QQQQ")).toEqual({ code: "QQQQ", kind: "unknown" });
    // Without a release's table: the codes no built-in mapping ties to one of our agencies, each
    // once. The task forces are agencies of the catalog (one per code).
    expect(unknownAgencyCodes(["HSCE", "QQQQ", "JUFB", "QQQQ", "ZCAC", "XXXX"])).toEqual([
      "QQQQ (not in the built-in code list)",
      "XXXX (not in the built-in code list)",
    ]);
  });

  it("with the release's own code table: its names, and the codes it does not define, even those we map", () => {
    const release = new Map<string, string | null>([
      ["JUFB", "Federal Bureau of Investigation"],
      ["QQQQ", "Synthetic agency (test data)"],
      ["ZCAC", null],
    ]);
    // JUFB and ZCAC are defined and ours: not listed. HSCE is ours but the table lacks it.
    expect(unknownAgencyCodes(["JUFB", "HSCE", "QQQQ", "ZCAC", "XXXX"], release)).toEqual([
      "HSCE (not in the release's code table)",
      "QQQQ (Synthetic agency (test data))",
      "XXXX (not in the release's code table)",
    ]);
  });

  it("says where the release names a code of the built-in list otherwise, spacing aside", () => {
    const release = new Map<string, string | null>([
      ["HSCE", "Synthetic name for HSCE (test data)"],
      ["JUFB", "Federal  Bureau of Investigation "],
      ["HSZZ", "Synthetic name for HSZZ (test data)"],
      ["ZCAC", null],
    ]);
    expect(renamedAgencyCodes(release)).toEqual([
      'HSCE is "Synthetic name for HSCE (test data)" in the release\'s code table, "Bureau of Immigration & Customs Enforcement (ICE)" in the built-in list (Appendix A); it is still read as ice',
      'HSZZ is "Synthetic name for HSZZ (test data)" in the release\'s code table, "Joint Homeland Security Agency /State/Local Task Force" in the built-in list (Appendix A); it is still read as task-force-hszz',
    ]);
  });
});

describe("convicted: at least one GT count", () => {
  it("GT before another GT: the earliest date wins, and its reason gives how; the charges are those of every GT count", () => {
    const record = caseOf(
      [agency(5, "HSCE"), defendant(1)],
      [
        count(1, "1", "18 :2252A(a)(5)(B)", "GT", "JTRD", "05-MAR-2019", "", 1),
        count(1, "2", "18 :2251(a)", "GT", "PLED", "11-DEC-2018", "", 2),
        count(1, "3", "18 :2252A(a)(5)(B)", "GT", "JTRD", "05-MAR-2019", "", 1),
      ],
      [],
      [court(1, "14-JAN-2019"), court(2, "03-JUL-2018")],
    );
    expect(caseloadOutcome(record)).toEqual({
      district: "TXS",
      caseId: "SYN0001",
      defendants: 1,
      disposedWithoutConviction: 0,
      otherOutcome: 0,
      noCounts: 0,
      convictions: [
        {
          district: "TXS",
          caseId: "SYN0001",
          participantId: 1,
          leadAgency: "HSCE",
          partnerAgencies: [],
          date: "2018-12-11",
          placeable: true,
          // Count 2 gives the date; it names court-history row 2, filed 03-JUL-2018.
          filed: "2018-07-03",
          how: "plea",
          countIds: ["1", "2", "3"],
          statutes: [
            { title: 18, section: "2252A", subsection: "(a)(5)(B)", citation: "18 U.S.C. § 2252A(a)(5)(B)", statuteId: "18-usc-2252a-a-5-b", sectionId: "18-usc-2252a" },
            { title: 18, section: "2251", subsection: "(a)", citation: "18 U.S.C. § 2251(a)", statuteId: "18-usc-2251-a", sectionId: "18-usc-2251" },
          ],
          unparsedCharges: [],
          undatedCounts: 0,
          sealedCounts: 0,
          sealedOnly: false,
          juvenile: false,
          sentence: null,
          sentenceHistory: [],
          sentencesBefore: [],
          undatedSentences: 0,
        },
      ],
    });
  });

  it.each([
    ["PLED", "plea"],
    ["PLOD", "plea"],
    ["JTRD", "jury"],
    ["BTRD", "bench"],
    ["DSMS", "other"],
    ["", "other"],
  ])("how: reason %j is %s", (reason, how) => {
    expect(onlyConviction(caseOf([defendant(1)], [count(1, "1", "18 :2251(a)", "GT", reason, "11-DEC-2018")])).how).toBe(how);
  });

  it("NG and DM only: not convicted, counted as disposed without conviction", () => {
    const record = caseOf(
      [agency(9, "HSCE"), defendant(1), defendant(2), defendant(3)],
      [
        count(1, "1", "18 :2251(a)", "NG", "JTRD", "05-MAR-2019"),
        count(2, "1", "18 :2252A(a)(2)", "DM", "", "05-MAR-2019"),
        count(2, "2", "18 :2252A(a)(5)(B)", "NG", "BTRD", "05-MAR-2019"),
      ],
    );
    expect(caseloadOutcome(record)).toEqual({ district: "TXS", caseId: "SYN0001", defendants: 3, convictions: [], disposedWithoutConviction: 2, otherOutcome: 0, noCounts: 1 });
  });

  it("GT mixed with DM: convicted on the GT count only, the dismissed charge is not among its statutes", () => {
    const record = caseOf(
      [defendant(1), defendant(2)],
      [count(1, "1", "18 :2252A(a)(2)", "DM", "", "01-FEB-2019"), count(1, "2", "18 :2252A(a)(5)(B)", "GT", "PLOD", "01-FEB-2019"), count(2, "1", "18 :2251(a)", "", "", "")],
    );
    const outcome = caseloadOutcome(record);
    expect(outcome.convictions.map((c) => [c.participantId, c.date, c.how, c.countIds, c.statutes.map((s) => s.statuteId)])).toEqual([
      [1, "2019-02-01", "plea", ["2"], ["18-usc-2252a-a-5-b"]],
    ]);
    // Defendant 2's count has no disposition yet: neither convicted nor disposed without conviction.
    expect([outcome.defendants, outcome.disposedWithoutConviction, outcome.otherOutcome, outcome.noCounts]).toEqual([2, 0, 1, 0]);
  });

  it("a juvenile defendant (DJ) is a defendant, marked juvenile; other participants are not defendants", () => {
    const record = caseOf(
      [defendant(1, "DJ"), defendant(2, "DG"), defendant(3, "VI"), defendant(4, "WT")],
      [count(1, "1", "18 :2251(a)", "GT", "PLED", "11-DEC-2018"), count(2, "1", "18 :2251(a)", "GT", "PLED", "11-DEC-2018")],
    );
    const outcome = caseloadOutcome(record);
    expect(outcome.defendants).toBe(2);
    expect(outcome.convictions.map((c) => [c.participantId, c.juvenile])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it("a sealed count is read like any other and counted as sealed; a conviction resting on sealed counts only says so", () => {
    const record = caseOf(
      [defendant(1), defendant(2)],
      [
        count(1, "1", "18 :2251(a)", "GT", "PLED", "11-DEC-2018", "Y"),
        count(1, "2", "18 :2422(b)", "GT", "PLED", "11-DEC-2018", "N"),
        count(2, "1", "18 :1591(a)", "GT", "JTRD", "20-JAN-2020", "Y"),
      ],
    );
    expect(caseloadOutcome(record).convictions.map((c) => [c.participantId, c.date, c.statutes.length, c.sealedCounts, c.sealedOnly])).toEqual([
      [1, "2018-12-11", 2, 1, false],
      [2, "2020-01-20", 1, 1, true],
    ]);
  });

  it("a GT count with no date: the conviction is not placeable, and how comes from the earliest dated GT count", () => {
    const conviction = onlyConviction(
      caseOf([defendant(1)], [count(1, "1", "18 :2251(a)", "GT", "", ""), count(1, "2", "18 :2251(a)", "GT", "BTRD", "14-JUL-2017")]),
    );
    expect([conviction.date, conviction.placeable, conviction.undatedCounts, conviction.how]).toEqual([null, false, 1, "bench"]);
  });

  it("an unparsable charge is listed as written, never dropped", () => {
    const conviction = onlyConviction(
      caseOf(
        [defendant(1)],
        [
          count(1, "1", "8 :1326(a)", "GT", "PLED", "11-DEC-2018"),
          count(1, "2", "SEE INDICTMENT", "GT", "PLED", "11-DEC-2018"),
          count(1, "3", "SEE INDICTMENT", "GT", "PLED", "11-DEC-2018"),
        ],
      ),
    );
    expect(conviction.statutes.map((s) => s.citation)).toEqual(["8 U.S.C. § 1326(a)"]);
    expect(conviction.unparsedCharges).toEqual(["SEE INDICTMENT"]);
  });

  it("a date that does not read refuses the case, naming every value and where it is", () => {
    const record = caseOf(
      [defendant(1)],
      [count(1, "1", "18 :2251(a)", "GT", "PLED", "31-FEB-2019"), count(1, "2", "18 :2251(a)", "GT", "PLED", "2019-02-01")],
      [sentence(1, "1-JUN-2019", "", 1, 0, 0)],
    );
    expect(() => caseloadOutcome(record)).toThrow(CaseloadReleaseError);
    expect(() => caseloadOutcome(record)).toThrow(
      [
        'TXS case SYN0001 participant 1 count 1: DISP_DATE "31-FEB-2019" is not a date written DD-MON-YYYY',
        'TXS case SYN0001 participant 1 count 2: DISP_DATE "2019-02-01" is not a date written DD-MON-YYYY',
        'TXS case SYN0001 participant 1: SENT_DATE "1-JUN-2019" is not a date written DD-MON-YYYY',
      ].join("\n  "),
    );
  });
});

describe("filed: the filing date of the deciding count's court-history row", () => {
  it("the earliest dated GT count's row, not that of an earlier count without a conviction", () => {
    const conviction = onlyConviction(
      caseOf(
        [defendant(1)],
        [count(1, "1", "18 :2251(a)", "DM", "", "01-MAR-2018", "", 1), count(1, "2", "18 :2251(a)", "GT", "PLED", "11-DEC-2018", "", 2)],
        [],
        [court(1, "02-JAN-2018"), court(2, "15-MAY-2018")],
      ),
    );
    expect(conviction.filed).toBe("2018-05-15");
  });

  it("null when the count names no row of the case, names none, or the row has no filing date", () => {
    const filed = (courtHistoryId: number | null, filingDate: string) =>
      onlyConviction(caseOf([defendant(1)], [count(1, "1", "18 :2251(a)", "GT", "PLED", "11-DEC-2018", "", courtHistoryId)], [], [court(1, filingDate)])).filed;
    expect([filed(7, "02-JAN-2018"), filed(null, "02-JAN-2018"), filed(1, "")]).toEqual([null, null, null]);
  });

  it("a filing date that does not read refuses the case", () => {
    const record = caseOf([defendant(1)], [guiltyPlea()], [], [court(4, "2018-01-02")]);
    expect(() => caseloadOutcome(record)).toThrow('TXS case SYN0001 court history 4: FILING_DATE "2018-01-02" is not a date written DD-MON-YYYY');
  });
});

describe("sentence: the earliest dated on or after the conviction", () => {
  it("a sentence before the conviction is left out, a later one is history", () => {
    const conviction = onlyConviction(
      caseOf(
        [defendant(1), defendant(2)],
        [count(1, "1", "18 :2251(a)", "GT", "JTRD", "05-MAR-2019")],
        [
          sentence(1, "02-FEB-2022", "", 0, 8, 0),
          sentence(1, "01-JAN-2019", "", 2, 0, 0),
          sentence(1, "10-JUN-2019", "CON", 15, 3, 45),
          sentence(1, "", "", 1, 0, 0),
          sentence(2, "10-JUN-2019", "", 1, 0, 0),
        ],
      ),
    );
    // 15 × 12 + 3 + round(45 / 30 = 1.5) = 180 + 3 + 2 = 185.
    expect(conviction.sentence).toEqual({ date: "2019-06-10", prison: { kind: "months", months: 185 } });
    expect(conviction.sentenceHistory).toEqual([{ date: "2022-02-02", prison: { kind: "months", months: 8 } }]);
    expect(conviction.sentencesBefore).toEqual([{ date: "2019-01-01", prison: { kind: "months", months: 24 } }]);
    expect(conviction.undatedSentences).toBe(1);
  });

  it("a sentence on the day of the conviction is its sentence", () => {
    const conviction = onlyConviction(caseOf([defendant(1)], [guiltyPlea()], [sentence(1, "11-DEC-2018", "", 0, 30, 0)]));
    expect(conviction.sentence).toEqual({ date: "2018-12-11", prison: { kind: "months", months: 30 } });
  });

  it("a life sentence is read from INCAR_TYPE LIF", () => {
    const conviction = onlyConviction(caseOf([defendant(1)], [guiltyPlea()], [sentence(1, "20-MAR-2019", "LIF", null, null, null)]));
    expect(conviction.sentence).toEqual({ date: "2019-03-20", prison: { kind: "life", months: null } });
  });

  it.each([
    [["", 0, 0, 14], { kind: "months", months: 0 }],
    [["", 0, 0, 15], { kind: "months", months: 1 }],
    [["", null, 7, null], { kind: "months", months: 7 }],
    [["", 2, 0, 44], { kind: "months", months: 25 }],
    [["TIM", null, null, null], { kind: "time_served", months: null }],
    [["LIF", 0, 0, 0], { kind: "life", months: null }],
    [["", null, null, null], { kind: "unknown", months: null }],
  ] as const)("prison from type, years, months, days %j is %j", ([type, years, months, days], prison) => {
    expect(caseloadPrison(sentence(1, "", type, years, months, days))).toEqual(prison);
  });
});

describe("release dates and charges", () => {
  it.each([
    ["11-DEC-2007", "2007-12-11"],
    ["29-FEB-2024", "2024-02-29"],
    ["01-jan-2020", "2020-01-01"],
  ])("reads %s as %s", (text, iso) => {
    expect(caseloadDate(text)).toBe(iso);
  });

  it.each(["29-FEB-2023", "32-JAN-2020", "11-DEX-2007", "2007-12-11", "1-DEC-2007", ""])("refuses %j", (text) => {
    expect(caseloadDate(text)).toBeUndefined();
  });

  it.each([
    ["18 :2251(a)", { title: 18, section: "2251", subsection: "(a)", citation: "18 U.S.C. § 2251(a)", statuteId: "18-usc-2251-a", sectionId: "18-usc-2251" }],
    ["18 :2423(a)", { title: 18, section: "2423", subsection: "(a)", citation: "18 U.S.C. § 2423(a)", statuteId: "18-usc-2423-a", sectionId: "18-usc-2423" }],
    ["18 :2252A", { title: 18, section: "2252A", subsection: null, citation: "18 U.S.C. § 2252A", statuteId: "18-usc-2252a", sectionId: "18-usc-2252a" }],
    ["8 :1326(a)", { title: 8, section: "1326", subsection: "(a)", citation: "8 U.S.C. § 1326(a)", statuteId: "8-usc-1326-a", sectionId: "8-usc-1326" }],
    ["21:841(b)(1)(A)", { title: 21, section: "841", subsection: "(b)(1)(A)", citation: "21 U.S.C. § 841(b)(1)(A)", statuteId: "21-usc-841-b-1-a", sectionId: "21-usc-841" }],
  ])("reads %s", (charge, statute) => {
    expect(parseCaseloadCharge(charge)).toEqual(statute);
  });

  it.each(["SEE INDICTMENT", "18 :", ":2251(a)", "18 :2251(a", "18 :2251(a) and (b)", ""])("does not read %j", (charge) => {
    expect(parseCaseloadCharge(charge)).toBeUndefined();
  });
});
