import { describe, expect, it } from "vitest";
import { candidateBetween, statutesOverlap, type LinkSide } from "./candidate-links.ts";

// The candidate rule on synthetic convictions: same district, overlapping statutes, the same
// prison term when both give one, dates within 3 days when both are days, else overlapping.

const lifeKey = 1_000_000;

/** A named conviction of "Synthetic defendant 1": S.D. Tex., § 2252A inferred, 2024-03-11, 180 months. */
const named: LinkSide = {
  id: "conv-synthetic-1",
  districtId: "sd-tex",
  statutes: ["18-usc-2252a"],
  inferredStatutes: ["18-usc-2252a"],
  sentenceKey: 180,
  caseloadKey: null,
  date: "2024-03-11",
  precision: "day",
  from: "2024-03-11",
  to: "2024-03-11",
};

/** A counted conviction: S.D. Tex., § 2252A(a)(5)(B), 2024-03-13, 180 months. */
const counted: LinkSide = {
  id: "conv-caseload-txs-syn0000001-2",
  districtId: "sd-tex",
  statutes: ["18-usc-2252a-a-5-b"],
  inferredStatutes: [],
  sentenceKey: 180,
  caseloadKey: "TXS SYN0000001 2",
  date: "2024-03-13",
  precision: "day",
  from: "2024-03-13",
  to: "2024-03-13",
};

const day = (date: string) => ({ date, precision: "day", from: date, to: date });

describe("a candidate link", () => {
  it("is drawn with its evidence: same district, a subsection of the named statute, 2 days apart, the same prison term", () => {
    expect(candidateBetween(named, counted)).toEqual({
      id: "conv-synthetic-1~TXS:SYN0000001:2",
      named: "conv-synthetic-1",
      counted: "conv-caseload-txs-syn0000001-2",
      evidence: {
        district: "sd-tex",
        namedStatutes: ["18-usc-2252a"],
        countedStatutes: ["18-usc-2252a-a-5-b"],
        namedStatutesInferred: true,
        namedDate: "2024-03-11",
        countedDate: "2024-03-13",
        daysApart: 2,
        namedPrison: "180 months",
        countedPrison: "180 months",
        caseloadKey: "TXS SYN0000001 2",
      },
    });
  });

  it("allows 3 days between two days, not 4", () => {
    expect(candidateBetween(named, { ...counted, ...day("2024-03-14") })?.evidence.daysApart).toBe(3);
    expect(candidateBetween(named, { ...counted, ...day("2024-03-15") })).toBeNull();
    expect(candidateBetween(named, { ...counted, ...day("2024-03-07") })).toBeNull();
  });

  it("compares ranges when one side is not a day: March 2024 holds 2024-03-28, not 2024-04-02", () => {
    const march = { ...named, date: "2024-03", precision: "month", from: "2024-03-01", to: "2024-03-31" };
    expect(candidateBetween(march, { ...counted, ...day("2024-03-28") })?.evidence.daysApart).toBeNull();
    expect(candidateBetween(march, { ...counted, ...day("2024-04-02") })).toBeNull();
  });

  it("needs the same prison term only when both give one", () => {
    expect(candidateBetween(named, { ...counted, sentenceKey: 120 })).toBeNull();
    // -2: no sentence; -1: time served, which gives no months.
    expect(candidateBetween({ ...named, sentenceKey: -2 }, { ...counted, sentenceKey: 120 })?.evidence.namedPrison).toBeNull();
    expect(candidateBetween(named, { ...counted, sentenceKey: -1 })?.evidence.countedPrison).toBeNull();
    expect(candidateBetween({ ...named, sentenceKey: lifeKey }, { ...counted, sentenceKey: lifeKey })?.evidence.countedPrison).toBe("life");
    expect(candidateBetween({ ...named, sentenceKey: lifeKey }, { ...counted, sentenceKey: 360 })).toBeNull();
  });

  it("is not drawn across districts, or without an overlapping statute", () => {
    expect(candidateBetween(named, { ...counted, districtId: "nd-tex" })).toBeNull();
    expect(candidateBetween({ ...named, statutes: ["18-usc-2252"] }, counted)).toBeNull();
    expect(candidateBetween({ ...named, statutes: [""] }, counted)).toBeNull();
  });

  it("says when the named side's statute was stated, not inferred", () => {
    expect(candidateBetween({ ...named, inferredStatutes: [] }, counted)?.evidence.namedStatutesInferred).toBe(false);
  });
});

describe("statutes overlap", () => {
  it("when the same, or one is a subsection of the other, never by a shared prefix of the section number", () => {
    expect([
      statutesOverlap("18-usc-2252a", "18-usc-2252a"),
      statutesOverlap("18-usc-2252a-a-5-b", "18-usc-2252a"),
      statutesOverlap("18-usc-2423", "18-usc-2423-a"),
      statutesOverlap("18-usc-2252", "18-usc-2252a"),
      statutesOverlap("18-usc-2423-a", "18-usc-2423-b"),
    ]).toEqual([true, true, true, false, false]);
  });
});
