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
  window: { since: "2023-01-01", until: null },
  agency: { id: "hsi", name: "Homeland Security Investigations", path: ["DHS", "ICE", "HSI"] },
  rule: "Synthetic rule.",
  bottomLine: { convictionsInWindow: 1, lowerBound: true, cases: 1, districts: 0, fieldOffices: 0, notPlaceable: 0, pendingCharges: 0 },
  convictions: [
    {
      id: "conv-synthetic-1",
      status: "IN_WINDOW",
      defendant: "Synthetic defendant 1",
      defendantNamed: true,
      date: "2024-01-01",
      datePrecision: "DAY",
      datedBy: "PLEA_OR_VERDICT",
      method: "plea",
      sentenceMonths: null,
      charges: [
        {
          id: "charge-synthetic-1",
          description: "synthetic charge",
          stage: "convicted_plea",
          statute: null,
          statuteBasis: null,
          inference: null,
          categories: [],
          citations: [2],
        },
      ],
      case: "Synthetic case 1",
      district: null,
      districtInferred: null,
      leadAgency: ["DHS", "ICE", "HSI"],
      citations: [1],
    },
  ],
  notPlaceable: [],
  pendingCharges: [],
  byStatute: [{ statute: null, convictions: 1 }],
  byCategory: [],
  statistics: [],
  publishedAnswers: [],
  discrepancies: [],
  sources: [source(1), source(2)],
};

describe("the answer in Markdown", () => {
  it("cites a source that states only a charge, in the conviction's line and in the bottom line", () => {
    const markdown = answerMarkdown(report);
    expect(markdown).toContain("- Synthetic defendant 1: synthetic charge (no statute given); plea or verdict dated 2024-01-01; district not stated; investigated by HSI [1] [2]");
    expect(markdown).toContain("At least 1 federal conviction from 1 case investigated by Homeland Security Investigations is documented in the window [1] [2].");
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
        '  n1["Investigation"]',
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
