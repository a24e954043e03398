import type { AnswerReport, ReportCharge, ReportClaim, ReportConviction } from "./answer-report.ts";
import { caseDiagramsMarkdown } from "./case-diagram.ts";

const refs = (numbers: number[]) => numbers.map((n) => `[${n}]`).join(" ");
/** A conviction line cites what dates it and what states its charges. */
const convictionCitations = (c: ReportConviction) =>
  [...new Set([...c.citations, ...c.charges.flatMap((x) => x.citations)])].sort((x, y) => x - y);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function chargeText(c: ReportCharge): string {
  const statute =
    c.statute === null
      ? `no statute given${c.categories.length ? `; ${c.categories.join(", ")} (inferred from the words)` : ""}`
      : `${c.statute}${c.statuteBasis === "INFERRED" ? ", inferred from the words" : ""}`;
  return `${c.description} (${statute})`;
}

function convictionLine(c: ReportConviction): string {
  const dated =
    c.datedBy === null
      ? "no plea, verdict or sentencing date in any source"
      : `${c.datedBy === "JUDGMENT" ? "judgment at sentencing" : "plea or verdict"} dated ${c.date}`;
  const years = c.sentenceMonths !== null && c.sentenceMonths % 12 === 0 ? ` (${c.sentenceMonths / 12} years)` : "";
  const sentence = c.sentenceMonths === null ? "" : `; sentenced to ${c.sentenceMonths} months${years}`;
  const where = c.district === null ? "district not stated" : `${c.district}${c.districtInferred ? " (inferred)" : ""}`;
  const charges = c.charges.length ? c.charges.map(chargeText).join("; ") : "charges not stated";
  return `- ${c.defendant}: ${charges}; ${dated}${sentence}; ${where}; investigated by ${c.leadAgency.at(-1)} ${refs(convictionCitations(c))}`;
}

function claimLine(c: ReportClaim, withCaveats: boolean): string {
  const lines = [`- ${c.statement} (claimed by ${c.claimant}) ${refs(c.citations)}`];
  if (withCaveats) lines.push(...c.caveats.map((x) => `  - ${x}`));
  lines.push(...c.discrepancies.map((d) => `  - Discrepancy with the figure it repeats: ${d}.`));
  return lines.join("\n");
}

/** The answer in the shape of the seed answer: bottom line, what the data show and do not, caveats, sources. */
export function answerMarkdown(r: AnswerReport): string {
  const window = `${r.window.since}${r.window.until ? ` to ${r.window.until}` : " onward"}`;
  const b = r.bottomLine;
  const allCitations = [...new Set(r.convictions.flatMap(convictionCitations))].sort((x, y) => x - y);
  const charges = r.byStatute
    .map((s) => `${s.statute ?? "no statute named"}: ${plural(s.convictions, "conviction")}`)
    .join("; ");
  return [
    `# ${r.question}`,
    "",
    `Generated from the provenance graph: ${r.agency.path.join(" › ")} (sub-offices included), convictions dated ${window}.`,
    "",
    "## Bottom line",
    "",
    `At least ${plural(b.convictionsInWindow, "federal conviction")} from ${plural(b.cases, "case")} investigated by ${r.agency.name} ` +
      `${b.convictionsInWindow === 1 ? "is" : "are"} documented in the window ${refs(allCitations)}. ` +
      `This is a documented lower bound, not a total: no agency publishes the count, and the graph holds only cases whose sources it has read. ` +
      `A further ${plural(b.notPlaceable, "conviction")} cannot be placed in time, and ${plural(b.pendingCharges, "charge")} ${b.pendingCharges === 1 ? "is" : "are"} pending, not convictions.`,
    "",
    `Charges behind the count: ${charges || "none"}. By category: ${r.byCategory.map((c) => `${c.category} ${c.convictions}`).join(", ") || "none"}.`,
    `Behind it: ${plural(b.cases, "case")}, ${plural(b.districts, "district")} named, ${plural(b.fieldOffices, "HSI field office")} credited.`,
    "",
    "## What the data show",
    "",
    "Convictions inside the window:",
    "",
    ...(r.convictions.length ? r.convictions.map(convictionLine) : ["- none"]),
    "",
    "Convictions that cannot be placed in the window:",
    "",
    ...(r.notPlaceable.length ? r.notPlaceable.map(convictionLine) : ["- none"]),
    "",
    "Charges pending (indicted, not convicted):",
    "",
    ...(r.pendingCharges.length ? r.pendingCharges.map((c) => `- ${chargeText(c)} ${refs(c.citations)}`) : ["- none"]),
    "",
    "## What the data do not show",
    "",
    "Agency conviction statistics bear on the question but do not answer it:",
    "",
    ...(r.statistics.length ? r.statistics.map((c) => claimLine(c, true)) : ["- none"]),
    "",
    "Figures in published answers (fact-checks), each with what the primary source says where the two differ:",
    "",
    ...(r.publishedAnswers.length ? r.publishedAnswers.map((c) => claimLine(c, false)) : ["- none"]),
    "",
    "## Caveats",
    "",
    `- ${r.rule}`,
    "- A charge given only in words is mapped to a statute or category as a recorded inference, marked above.",
    ...r.discrepancies.map(
      (d) => `- "${d.statement}" repeats "${d.restatedStatement}" but changes it: ${d.differences.join("; ")}. ${d.note} ${refs(d.citations)}`,
    ),
    "",
    ...caseDiagramsMarkdown(r.convictions),
    "## Sources",
    "",
    ...r.sources.map(
      (s) =>
        `${s.n}. ${s.title}${/[.?!]$/.test(s.title) ? "" : "."} ${s.publisher ?? "Publisher unknown"}${s.mirrorOf ? `, reproducing ${s.mirrorOf}` : ""}, ` +
        `published ${s.published}. ${s.url ?? "No URL known."} (cited at: ${s.locators.join("; ")})`,
    ),
    "",
  ].join("\n");
}
