import { describe, expect, it } from "vitest";
import { answerMarkdown } from "../src/report/answer-markdown.ts";
import type { AnswerReport, ReportSource } from "../src/report/answer-report.ts";

// Rendering is a pure function of the report, so this builds a report by hand: one
// conviction dated by source 1 whose only charge is stated by source 2.
const source = (n: number): ReportSource => ({
  n,
  id: `src-synthetic-${n}`,
  title: `Synthetic source ${n}`,
  publisher: "Synthetic publisher",
  url: `https://example.org/synthetic-${n}`,
  mirrorOf: null,
  published: "2024-01-01",
  locators: ["paragraph 1"],
});

const report: AnswerReport = {
  question: "Synthetic question?",
  generated: "2026-12-01",
  data: { version: "0123456789abcdef", records: 12, sources: 2, asOf: "2024-01-02" },
  window: { since: "2023-01-01", until: null },
  agency: { id: "hsi", name: "Homeland Security Investigations", abbreviation: "HSI", path: ["DHS", "ICE", "HSI"] },
  rule: "Synthetic rule.",
  howCasesWereFound: "Synthetic search.",
  bottomLine: {
    convictionsInWindow: 3,
    lowerBound: true,
    childSexualExploitation: 2,
    childSexTrafficking: 0,
    transportationOfAMinor: 0,
    cases: 1,
    districts: 0,
    fieldOffices: 0,
    notPlaceable: 0,
    pendingCharges: 0,
    partnerOnly: 0,
    restingOnClaimUnderReview: 0,
  },
  caseload: { agency: "ice", code: "HSCE", programs: [], caveats: ["Synthetic caveat."], citations: [] },
  families: [
    { family: "csam-production", name: "CSAM production", childSexualExploitation: true, convictions: 1, inferred: 1 },
    { family: "csam-possession", name: "CSAM possession", childSexualExploitation: true, convictions: 1, inferred: 0 },
    { family: "adult-sex-trafficking", name: "Adult sex trafficking", childSexualExploitation: false, convictions: 1, inferred: 0 },
  ],
  convictions: [
    {
      id: "conv-synthetic-1",
      status: "IN_WINDOW",
      defendant: "Synthetic defendant 1",
      defendantNamed: true,
      date: "2024-01-01",
      datePrecision: "DAY",
      datedBy: "PLEA_OR_VERDICT",
      yearFromRelease: true,
      method: "PLEA",
      prison: null,
      family: null,
      charges: [
        {
          id: "charge-synthetic-1",
          description: "synthetic charge",
          stage: "convicted_plea",
          statute: null,
          statuteBasis: null,
          inference: null,
          victimAge: "NOT_STATED",
          categories: [],
          citations: [2],
        },
      ],
      caseId: "pros-synthetic-1",
      case: "Synthetic case 1",
      investigation: "Synthetic investigation 1",
      district: null,
      districtInferred: null,
      leadAgency: ["DHS", "ICE", "HSI"],
      partnerAgencies: [],
      restsOnClaimUnderReview: false,
      citations: [1],
    },
  ],
  notPlaceable: [],
  partnerOnly: [],
  pendingCharges: [],
  byStatute: [{ statute: null, convictions: 1, inferred: 0 }],
  statistics: [],
  publishedAnswers: [],
  discrepancies: [],
  sources: [source(1), source(2)],
  unreviewed: null,
};

describe("the answer in Markdown", () => {
  const markdown = answerMarkdown(report);

  it("names the broad scope, counts the trafficking families beside it, and never calls CSAM trafficking", () => {
    expect(markdown).toContain(
      "At least 3 federal convictions: 2 for child sexual exploitation and 1 for adult sex trafficking are documented in 1 case that HSI led, dated 2023-01-01 onward.",
    );
    expect(markdown).toContain(
      "Of these, 0 are for child sex trafficking (§ 1591 with a minor, or § 1594 conspiracy to it) and 0 for transportation of a minor (§ 2423(a)); " +
        "the other 2 are child sexual exploitation, not trafficking: CSAM production (1) and CSAM possession (1).",
    );
    expect(markdown).toContain("1 of the 3 rest on statutes or families inferred from the charge words.");
  });

  it("carries no citation in the bottom line, and one per case in the list", () => {
    const bottomLine = markdown.slice(markdown.indexOf("## Bottom line"), markdown.indexOf("## Offence families"));
    expect(bottomLine).not.toMatch(/\[\d+\]/);
    expect(markdown).toContain(
      "- **Synthetic case 1** (district not stated; investigated by HSI) [1]: Synthetic defendant 1: synthetic charge (no statute named); plea 2024-01-01 (year from the release date)",
    );
  });

  it("gives the families as a table that adds up, with the inferred ones marked", () => {
    expect(markdown).toContain("| CSAM production | yes | 1 | all inferred from the charge words |");
    expect(markdown).toContain("| CSAM possession | yes | 1 | none inferred |");
    expect(markdown).toContain("| Adult sex trafficking | no | 1 | none inferred |");
    expect(markdown).toContain("so the families add up to 3.");
  });

  it("states the as-of date, the data version and how the cases were found", () => {
    expect(markdown).toContain("Answered from the provenance graph on 2026-12-01. Data as of 2024-01-02 (the latest day a source was read); data version 0123456789ab (12 records from 2 sources;");
    expect(markdown).toContain("## How the cases were found\n\nSynthetic search.");
  });

  it("draws each case in the window as a Mermaid diagram, just before the sources", () => {
    expect(answerMarkdown(report)).toContain(
      [
        "## Case diagrams",
        "",
        "### Synthetic case 1",
        "",
        "```mermaid",
        "flowchart TD",
        '  n0["Lead agency<br>DHS #8250; ICE #8250; HSI"]',
        '  n1["Investigation<br>Synthetic investigation 1"]',
        '  n2["Prosecution<br>Synthetic case 1<br>district not stated"]',
        '  n3["Defendant<br>Synthetic defendant 1"]',
        '  n4["synthetic charge<br>no statute given"]',
        '  n5["Conviction<br>2024-01-01<br>by plea"]',
        "  n0 -->|leads| n1",
        "  n1 --> n2",
        "  n2 --> n3",
        "  n3 --> n4",
        "  n4 --> n5",
        "```",
        "",
        "## Sources",
      ].join("\n"),
    );
  });
});
