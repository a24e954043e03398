import { prisonText, type ReportConviction } from "./answer-report.ts";

/**
 * A case as its diagram needs it. Kept apart from the report's own types so the report can
 * change shape; `casesFromReport` is the one place that reads the report.
 */
export interface DiagramCase {
  title: string;
  /** The investigation's title, when the input carries it. */
  investigation: string | null;
  leadAgency: string;
  partnerAgencies: string[];
  district: string | null;
  districtInferred: boolean;
  convictions: DiagramConviction[];
}

export interface DiagramConviction {
  defendant: string;
  charges: DiagramCharge[];
  date: string;
  method: "plea" | "trial" | "unknown";
  /** Already in words ("120 months", "life"); null when no source states it. */
  sentence: string | null;
  /** Counted records come from bulk data: a case's are summarised in one node, not drawn. */
  evidenceTier: "named" | "counted";
}

export interface DiagramCharge {
  description: string;
  statute: string | null;
  basis: "stated" | "inferred" | null;
  /** Offence categories inferred from the words, shown when no statute is given. */
  categories: string[];
}

// Mermaid reads `#name;` and `#123;` inside a quoted label as an entity. Everything but
// letters, digits, spaces and a few harmless marks is written as one, so no name can close
// the label, start a comment or directive (%%), become HTML or Markdown, or end the fence.
// One thing no escaping reaches: mermaid turns its own placeholders "¶ß" and "ﬂ°" in the
// finished SVG into ";" and "&", so those two pairs of characters do not survive.
const plain = /^[\p{L}\p{N}\p{M} .,'()/-]$/u;

/** Text made safe inside a Mermaid quoted label; it renders as the original text. */
export function mermaidText(text: string): string {
  return [...text.replace(/\s+/gu, " ").trim()].map((ch) => (plain.test(ch) ? ch : `#${ch.codePointAt(0)};`)).join("");
}

const methodText = { plea: "by plea", trial: "at trial", unknown: "plea or trial not stated" } as const;

function chargeLines(c: DiagramCharge): string[] {
  if (c.statute !== null) return [c.description, `${c.statute}, ${c.basis === "stated" ? "stated" : "inferred from the words"}`];
  return [c.description, "no statute given", ...(c.categories.length ? [`${c.categories.join(", ")}, inferred from the words`] : [])];
}

/**
 * A Mermaid flowchart of one case: agencies, investigation, prosecution, then a branch per
 * defendant and per charge. A conviction on several charges is one node they all lead to.
 */
export function caseDiagram(c: DiagramCase): string {
  const nodes: string[] = [];
  const edges: string[] = [];
  const node = (...label: string[]) => {
    const id = `n${nodes.length}`;
    nodes.push(`  ${id}["${label.map(mermaidText).join("<br>")}"]`);
    return id;
  };
  const edge = (from: string, to: string, arrow = "-->") => edges.push(`  ${from} ${arrow} ${to}`);

  const lead = node("Lead agency", c.leadAgency);
  const partners = c.partnerAgencies.map((p) => node("Partner agency", p));
  const investigation = node("Investigation", ...(c.investigation === null ? [] : [c.investigation]));
  const prosecution = node("Prosecution", c.title, c.district === null ? "district not stated" : `${c.district}${c.districtInferred ? " (inferred)" : ""}`);
  edge(lead, investigation, "-->|leads|");
  for (const p of partners) edge(p, investigation, "-.->|assists|");
  edge(investigation, prosecution);

  const named = c.convictions.filter((x) => x.evidenceTier === "named");
  const defendants = new Map<string, string>();
  for (const conviction of named) {
    let defendant = defendants.get(conviction.defendant);
    if (defendant === undefined) {
      defendant = node("Defendant", conviction.defendant);
      defendants.set(conviction.defendant, defendant);
      edge(prosecution, defendant);
    }
    const charges = conviction.charges.length ? conviction.charges.map((x) => node(...chargeLines(x))) : [node("Charges not stated")];
    const convicted = node("Conviction", conviction.date, methodText[conviction.method]);
    for (const charge of charges) {
      edge(defendant, charge);
      edge(charge, convicted);
    }
    if (conviction.sentence !== null) edge(convicted, node("Sentence", conviction.sentence));
  }
  const counted = c.convictions.length - named.length;
  if (counted > 0) {
    edge(prosecution, node(`${counted} ${counted === 1 ? "conviction" : "convictions"} counted from bulk data`, "summarised, not drawn"));
  }
  return ["flowchart TD", ...nodes, ...edges].join("\n");
}

const methods = new Set(["plea", "trial"]);

/** The report's convictions grouped into cases, in order of first appearance. */
export function casesFromReport(convictions: readonly ReportConviction[]): DiagramCase[] {
  const cases = new Map<string, DiagramCase>();
  for (const c of convictions) {
    const key = c.caseId;
    let entry = cases.get(key);
    if (entry === undefined) {
      entry = {
        title: c.case,
        investigation: c.investigation,
        leadAgency: c.leadAgency.join(" › "),
        partnerAgencies: c.partnerAgencies,
        district: c.district,
        districtInferred: c.districtInferred !== null,
        convictions: [],
      };
      cases.set(key, entry);
    }
    const method = c.method.toLowerCase();
    entry.convictions.push({
      defendant: c.defendant,
      // By id: the graph returns a conviction's charges in no fixed order, and a diagram should not change between runs.
      charges: [...c.charges].sort((x, y) => (x.id < y.id ? -1 : 1)).map((x) => ({
        description: x.description,
        statute: x.statute,
        basis: x.statuteBasis === null ? null : x.statuteBasis === "STATED" ? "stated" : "inferred",
        categories: x.categories,
      })),
      date: c.date,
      method: methods.has(method) ? (method as "plea" | "trial") : "unknown",
      sentence: prisonText(c.prison),
      evidenceTier: "named",
    });
  }
  return [...cases.values()];
}

/** The report's "Case diagrams" section: one Mermaid block per case in the window. */
export function caseDiagramsMarkdown(convictions: readonly ReportConviction[]): string[] {
  const cases = casesFromReport(convictions);
  return [
    "## Case diagrams",
    "",
    ...(cases.length
      ? cases.flatMap((c) => [`### ${c.title}`, "", "```mermaid", caseDiagram(c), "```", ""])
      : ["No case in the window.", ""]),
  ];
}
