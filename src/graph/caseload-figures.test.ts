import { describe, expect, it } from "vitest";
import type { CaseloadCaseInput, CaseloadCountInput, CaseloadParticipantInput } from "./caseload-input.ts";
import { programFigures, type ProgramCase } from "./caseload-figures.ts";
import { caseloadOutcome } from "./caseload.ts";

// Synthetic cases (SYN ids, no names): the figures per program for HSCE since 2023-01-01,
// computed by hand below.
const agency = (id: number, code: string): CaseloadParticipantInput => ({ id, role: "IN", agency: code });
const defendant = (id: number): CaseloadParticipantInput => ({ id, role: "D", agency: "" });
const guilty = (participantId: number, countId: string, charge: string, reason: string, date: string, sealed = ""): CaseloadCountInput => ({
  participantId,
  countId,
  courtHistoryId: null,
  charge,
  disposition: "GT",
  reason,
  date,
  sealed,
});
const programCase = (caseId: string, programs: string[], participants: CaseloadParticipantInput[], counts: CaseloadCountInput[]): ProgramCase => {
  const record: CaseloadCaseInput = { district: "TXS", caseId, participants, counts, sentences: [], courtHistory: [] };
  return { programs, outcome: caseloadOutcome(record) };
};

const cases: ProgramCase[] = [
  // HSCE leads; one defendant, a plea in 2023 to § 2251(a) and § 2252A(a)(5)(B) (two statutes).
  programCase("SYN0001", ["080"], [agency(1, "HSCE"), defendant(2)], [
    guilty(2, "1", "18 :2251(a)", "PLED", "11-DEC-2023"),
    guilty(2, "2", "18 :2252A(a)(5)(B)", "PLED", "11-DEC-2023"),
  ]),
  // HSCE leads, in both programs; a jury verdict in 2024 on § 1591(a), its only count sealed.
  programCase("SYN0002", ["080", "05E"], [agency(1, "HSCE"), agency(2, "JUFB"), defendant(3)], [guilty(3, "1", "18 :1591(a)", "JTRD", "02-FEB-2024", "Y")]),
  // The FBI leads with HSCE as a partner: participated, not led.
  programCase("SYN0003", ["080"], [agency(1, "JUFB"), agency(2, "HSCE"), defendant(3)], [guilty(3, "1", "18 :2422(b)", "PLED", "03-MAR-2024")]),
  // HSCE leads, but the plea is before the window.
  programCase("SYN0004", ["080"], [agency(1, "HSCE"), defendant(2)], [guilty(2, "1", "18 :2252(a)(2)", "PLED", "30-DEC-2022")]),
  // HSCE leads, a guilty count with no date: not placeable.
  programCase("SYN0005", ["080"], [agency(1, "HSCE"), defendant(2)], [guilty(2, "1", "18 :2251(a)", "PLED", "")]),
];

describe("the caseload figures per program", () => {
  it("count defendants convicted in the window with the agency as lead, and as lead or partner", () => {
    const [psc, trafficking] = programFigures(cases, { agencyCode: "HSCE", since: "2023-01-01", until: null, programs: ["080", "05E"] });
    // 080: led and in the window: SYN0001, SYN0002 (2); participated adds SYN0003 (3);
    // SYN0004 is before the window; SYN0005 cannot be placed.
    expect(psc).toEqual({
      code: "080",
      name: "Project Safe Childhood",
      convictionsLed: 2,
      convictionsParticipated: 3,
      byStatute: [
        { statute: "18 U.S.C. § 1591(a)", convictions: 1 },
        { statute: "18 U.S.C. § 2251(a)", convictions: 1 },
        { statute: "18 U.S.C. § 2252A(a)(5)(B)", convictions: 1 },
      ],
      byHow: { plea: 1, jury: 1, bench: 0, other: 0 },
      byYear: [
        { year: 2023, convictions: 1 },
        { year: 2024, convictions: 1 },
      ],
      notPlaceable: 1,
      sealedOnly: 1,
    });
    // 05E: only SYN0002.
    expect([trafficking!.name, trafficking!.convictionsLed, trafficking!.convictionsParticipated, trafficking!.byHow.jury]).toEqual([
      "Civil Rights - Slavery/Involuntary Servitude, and trafficking in persons",
      1,
      1,
      1,
    ]);
  });

  it("keep to a closed window", () => {
    const [psc] = programFigures(cases, { agencyCode: "HSCE", since: "2023-01-01", until: "2023-12-31", programs: ["080"] });
    expect([psc!.convictionsLed, psc!.convictionsParticipated]).toEqual([1, 1]);
  });

  it("give a program this table does not name without a name, never a guess", () => {
    const [other] = programFigures(cases, { agencyCode: "HSCE", since: "2023-01-01", until: null, programs: ["099"] });
    expect([other!.name, other!.convictionsLed]).toEqual([null, 0]);
  });
});
