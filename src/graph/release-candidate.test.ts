import { describe, expect, it } from "vitest";
import { acceptanceProblems, candidateStatus, reviewedFacts, type CandidateFacts, type CandidateJudgement } from "./release-candidate.ts";

const span = (text: string) => ({ start: 0, end: text.length, text });
const facts: CandidateFacts = {
  id: "rc-synthetic-1-synthetic-defendant-one",
  extractorVersion: "doj-extract/1",
  release: { uuid: "synthetic-1", url: "https://example.org/synthetic-1", title: "Synthetic release", published: "2024-06-20", component: "USAO - Texas, Southern", retrieved: "2026-12-01" },
  district: "sd-tex",
  districtSpan: null,
  agencies: [
    { name: "The Synthetic County Sheriff's Office", role: "lead", agencyId: null, span: span("The Synthetic County Sheriff's Office") },
    { name: "HSI", role: "partner", agencyId: "hsi", span: span("HSI") },
  ],
  name: "Synthetic Defendant One",
  nameSpan: span("Synthetic Defendant One"),
  stage: "sentenced",
  stageSpan: null,
  pleaOrVerdictDate: null,
  pleaOrVerdictDateYearFromRelease: false,
  pleaOrVerdictDateSpan: null,
  sentenceDate: "2024-06-20",
  sentenceDateYearFromRelease: false,
  sentenceDateSpan: null,
  prisonMonths: 120,
  life: false,
  prisonSpan: null,
  charges: [],
};
const judged = (verdict: CandidateJudgement["verdict"], at: string, changes: object | null = null): CandidateJudgement => ({ verdict, by: "Synthetic reviewer", why: "Synthetic.", at, changes: changes === null ? null : JSON.stringify(changes) });

describe("a candidate's status", () => {
  it("is open until judged, then the latest accept or reject; an edit leaves it", () => {
    expect(candidateStatus([])).toBe("open");
    expect(candidateStatus([judged("edited", "1", {})])).toBe("open");
    expect(candidateStatus([judged("accepted", "1"), judged("edited", "2", {})])).toBe("accepted");
    expect(candidateStatus([judged("accepted", "1"), judged("rejected", "2")])).toBe("rejected");
  });
});

describe("a candidate's facts as reviewed", () => {
  it("take the lead only from an agency of the catalog credited as lead: a partner is never promoted", () => {
    const r = reviewedFacts(facts, []);
    expect([r.leadAgency, r.partnerAgencies, r.method]).toEqual([null, ["hsi"], "unknown"]);
    expect(acceptanceProblems(r)).toEqual([
      "the release credits no agency of the catalog as the lead (credited: The Synthetic County Sheriff's Office, lead; HSI, partner): give the lead agency the release states (edit --lead-agency)",
    ]);
  });
  it("apply edits in order, the last edit of a field winning, and remember who changed what", () => {
    const r = reviewedFacts(facts, [judged("edited", "1", { leadAgency: "fbi", method: "plea" }), judged("edited", "2", { leadAgency: "hsi", partnerAgencies: [] })]);
    expect([r.leadAgency, r.partnerAgencies, r.method]).toEqual(["hsi", [], "plea"]);
    expect(Object.entries(r.edited).map(([field, note]) => [field, note?.at]).sort()).toEqual([
      ["leadAgency", "2"],
      ["method", "1"],
      ["partnerAgencies", "2"],
    ]);
    expect(acceptanceProblems(r)).toEqual([]);
  });
});
