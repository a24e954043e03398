import { prisonText, type AnswerReport, type ReportCandidate, type ReportCharge, type ReportClaim, type ReportCaseload, type ReportConviction, type ReportFamily } from "./answer-report.ts";
import { caseDiagramsMarkdown } from "./case-diagram.ts";

const refs = (numbers: number[]) => numbers.map((n) => `[${n}]`).join(" ");
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "CSAM possession" stays; "Enticement of a minor" becomes "enticement of a minor". */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
const words = (value: string) => value.toLowerCase().replace(/_/g, " ");

/** How many of a count rest on inference: "all inferred from the charge words", "2 inferred ...", or nothing. */
function inferredNote(count: number, inferred: number): string {
  if (inferred === 0) return "";
  return inferred === count ? "all inferred from the charge words" : `${inferred} inferred from the charge words`;
}

function chargeText(c: ReportCharge): string {
  const statute =
    c.statute === null
      ? `no statute named${c.categories.length ? `; ${c.categories.map(lowerFirst).join(", ")}, inferred from the words` : ""}`
      : `${c.statute}${c.statuteBasis === "INFERRED" ? ", inferred from the words" : ""}`;
  return `${c.description} (${statute})`;
}

function datedText(c: ReportConviction): string {
  if (c.datedBy === null) return "no plea, verdict or sentencing date in any source";
  const event = c.datedBy === "JUDGMENT" ? "judgment at sentencing" : c.method === "TRIAL" ? "verdict" : c.method === "PLEA" ? "plea" : "plea or verdict";
  return `${event} ${c.date}${c.yearFromRelease ? " (year from the release date)" : ""}`;
}

function sentenceText(c: ReportConviction): string {
  if (c.prison === null) return "";
  const term = prisonText(c.prison);
  return term === null ? "; sentenced, prison term not stated" : `; sentenced to ${term}`;
}

function convictionText(c: ReportConviction): string {
  const charges = c.charges.length ? c.charges.map(chargeText).join("; ") : "charges not stated";
  return `${c.defendant}: ${charges}; ${datedText(c)}${sentenceText(c)}`;
}

/** One line per case, its convictions after it, and one citation: the first source of the case's first conviction. */
function caseLines(convictions: readonly ReportConviction[]): string[] {
  if (convictions.length === 0) return ["- none"];
  const byCase = new Map<string, ReportConviction[]>();
  for (const c of convictions) byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), c]);
  return [...byCase.values()].flatMap((cases) => {
    const [first] = cases as [ReportConviction];
    const where = first.district === null ? "district not stated" : `${first.district}${first.districtInferred ? ", inferred" : ""}`;
    const citation = Math.min(...cases.map((c) => c.citations[0] ?? Infinity));
    const partners = first.partnerAgencies.length ? ` with ${list(first.partnerAgencies)}` : "";
    const head = `- **${first.case}** (${where}; investigated by ${first.leadAgency.at(-1)}${partners})${Number.isFinite(citation) ? ` [${citation}]` : ""}`;
    return cases.length === 1 ? [`${head}: ${convictionText(first)}`] : [head, ...cases.map((c) => `  - ${convictionText(c)}`)];
  });
}

function familyRow(f: ReportFamily): string {
  const note = inferredNote(f.convictions, f.inferred);
  return `| ${f.name} | ${f.childSexualExploitation ? "yes" : "no"} | ${f.convictions} | ${note || "none inferred"} |`;
}

/** The headline: the broad scope and its count, then the trafficking families beside it; never CSAM called trafficking. */
function headline(r: AnswerReport): string[] {
  const b = r.bottomLine;
  const agency = r.agency.abbreviation ?? r.agency.name;
  const outside = r.families.filter((f) => !f.childSexualExploitation && f.convictions > 0);
  const otherOffences = outside.map((f) => `${f.convictions} for ${lowerFirst(f.name)}`);
  const scope =
    otherOffences.length === 0
      ? `${plural(b.convictionsInWindow, "federal conviction")} for child sexual exploitation`
      : `${plural(b.convictionsInWindow, "federal conviction")}: ${b.childSexualExploitation} for child sexual exploitation and ${list(otherOffences)}`;
  const others = r.families.filter(
    (f) => f.childSexualExploitation && f.family !== "child-sex-trafficking" && f.family !== "transportation-of-a-minor" && f.convictions > 0,
  );
  const othersCount = others.reduce((sum, f) => sum + f.convictions, 0);
  const inferred = r.families.reduce((sum, f) => sum + f.inferred, 0);
  return [
    `At least ${scope} ${b.convictionsInWindow === 1 ? "is" : "are"} documented in ${plural(b.cases, "case")} that ${agency} led, dated ${r.window.since}` +
      `${r.window.until ? ` to ${r.window.until}` : " onward"}.`,
    `Of these, ${b.childSexTrafficking} ${b.childSexTrafficking === 1 ? "is" : "are"} for child sex trafficking (§ 1591 with a minor, or § 1594 conspiracy to it) ` +
      `and ${b.transportationOfAMinor} for transportation of a minor (§ 2423(a))` +
      (others.length
        ? `; the other ${othersCount} are child sexual exploitation, not trafficking: ${list(others.map((f) => `${lowerFirst(f.name)} (${f.convictions})`))}.`
        : "."),
    inferred === 0
      ? "Every family in the count rests on a statute a source names."
      : inferred === b.convictionsInWindow
        ? "No source cited names the statute of any counted conviction: every statute and family behind the count is inferred from the charge words."
        : `${inferred} of the ${b.convictionsInWindow} rest on statutes or families inferred from the charge words.`,
    "This is a documented lower bound, not a total: no agency publishes this count, and the graph holds only the named cases found so far.",
  ];
}

/** The answer in the shape of the seed answer: bottom line, what the data show and do not, caveats, sources. */
export function answerMarkdown(r: AnswerReport): string {
  const window = `${r.window.since}${r.window.until ? ` to ${r.window.until}` : " onward"}`;
  const b = r.bottomLine;
  const agency = r.agency.abbreviation ?? r.agency.name;
  const underReview = [...r.convictions, ...r.notPlaceable].filter((c) => c.restsOnClaimUnderReview);
  const statutes = r.byStatute.map((s) => {
    const note = inferredNote(s.convictions, s.inferred);
    return `${s.statute ?? "no statute named"}: ${s.convictions}${note ? `, ${note}` : ""}`;
  });
  return [
    `# ${r.question}`,
    "",
    `Answered from the provenance graph on ${r.generated}. Data as of ${r.data.asOf ?? "an unknown day"} (the latest day a source was read); ` +
      `data version ${r.data.version.slice(0, 12)} (${r.data.records.toLocaleString("en-US")} records from ${plural(r.data.sources, "source")}; it changes whenever anything is imported). ` +
      `Agency: ${r.agency.path.join(" › ")}, sub-offices included; convictions dated ${window}.`,
    "",
    "## Bottom line",
    "",
    ...headline(r),
    "",
    `Not in the count: ${plural(b.notPlaceable, "conviction")} that cannot be placed in the window, ` +
      `${plural(b.partnerOnly, "conviction")} from cases where ${agency} was a partner and not the lead, and ${plural(b.pendingCharges, "charge")} still pending. ` +
      `${b.restingOnClaimUnderReview} of the convictions listed rest only on the fact-check under review.`,
    "",
    ...(r.unreviewed === null ? [] : [unreviewedLine(r.unreviewed), ""]),
    "## Offence families",
    "",
    `Each conviction counts once, under the first family in this list that one of its charges falls in, so the families add up to ${b.convictionsInWindow}.`,
    "",
    "| Family | Child sexual exploitation | Convictions | Statute or family inferred from the words |",
    "| --- | --- | --- | --- |",
    ...r.families.map(familyRow),
    "",
    `By statute (a conviction with charges under two statutes counts under both): ${statutes.join("; ") || "none"}.`,
    "",
    "## Cases behind the count",
    "",
    `${plural(b.cases, "case")} in ${plural(b.districts, "district")} named, ${plural(b.fieldOffices, `${agency} field office`)} credited. One citation per case: the source that dates its first conviction (all sources are listed at the end).`,
    "",
    ...caseLines(r.convictions),
    "",
    "## The population count (U.S. Attorneys' caseload data)",
    "",
    ...caseloadLines(r),
    "",
    "## Not in the count",
    "",
    "Convictions that cannot be placed in the window (a date that straddles its edge, or none):",
    "",
    ...caseLines(r.notPlaceable),
    "",
    `Convictions in the window from cases where ${agency} assisted but did not lead:`,
    "",
    ...caseLines(r.partnerOnly),
    "",
    "Convictions that rest only on the fact-check under review (no other source states them):",
    "",
    ...(underReview.length ? underReview.map((c) => `- ${c.defendant} (${c.case}): ${c.status === "IN" ? "counted above" : "not placeable"} ${refs(c.citations)}`) : ["- none"]),
    "",
    "Charges pending (indicted, not convicted):",
    "",
    ...(r.pendingCharges.length ? r.pendingCharges.map((c) => `- ${chargeText(c)} ${refs(c.citations)}`) : ["- none"]),
    "",
    ...unreviewedSection(r),
    "## Compared with the agencies' published figures",
    "",
    "Each counts something else than this answer: its scope (whose work), its offences and its period are given, and why it does not answer the question.",
    ...comparison(r),
    "",
    ...(r.statistics.length ? r.statistics.map(claimLine) : ["- none"]),
    "",
    "Figures in published answers (fact-checks), with what the primary source says where the two differ:",
    "",
    ...(r.publishedAnswers.length ? r.publishedAnswers.map(claimLine) : ["- none"]),
    "",
    "## How the cases were found",
    "",
    r.howCasesWereFound,
    "",
    "## Caveats",
    "",
    `- ${r.rule}`,
    "- A charge given only in words is mapped to a statute or family as a recorded inference, marked above. A § 1591 charge is child sex trafficking only when its sources say the victim was a minor.",
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

/** The marked line of the bottom line: what the open press-release candidates would add, never added. */
function unreviewedLine(u: NonNullable<AnswerReport["unreviewed"]>): string {
  return (
    `**Not reviewed:** ${plural(u.count, "press-release candidate")} would add ${plural(u.count, "conviction")} in the window if a reviewer accepted ${u.count === 1 ? "it" : "them"}` +
    `${u.notPlaceableCount === 0 ? "" : `, and ${plural(u.notPlaceableCount, "more candidate")} cannot be placed in the window`}; not counted above (\`npm run review\`).`
  );
}

/** The open candidates themselves, marked as not reviewed; only when asked for. */
function unreviewedSection(r: AnswerReport): string[] {
  if (r.unreviewed === null) return [];
  return [
    "## Not reviewed: press-release candidates (not counted)",
    "",
    "Read from press releases by the extractor and not yet judged by a reviewer; none of them is in any figure above. Those that would count if accepted:",
    "",
    ...(r.unreviewed.candidates.length ? r.unreviewed.candidates.map(candidateLine) : ["- none"]),
    "",
    "Those that could not be placed in the window (a date that straddles its edge, or none):",
    "",
    ...(r.unreviewed.notPlaceable.length ? r.unreviewed.notPlaceable.map(candidateLine) : ["- none"]),
    "",
  ];
}

function candidateLine(c: ReportCandidate): string {
  const dated =
    c.pleaOrVerdictDate !== null
      ? `plea or verdict ${c.pleaOrVerdictDate}${c.pleaOrVerdictDateYearFromRelease ? " (year from the release date)" : ""}`
      : c.stage === "SENTENCED" && c.sentenceDate !== null
        ? `judgment at sentencing ${c.sentenceDate}${c.sentenceDateYearFromRelease ? " (year from the release date)" : ""}`
        : "not dated";
  const statutes =
    c.charges.map((ch) => `${ch.statute ?? ch.category ?? `${ch.words}, no statute`}${ch.basis === "INFERRED" || (ch.statute === null && ch.category !== null) ? " (inferred from the words)" : ""}`).join(", ") ||
    "no charge read";
  const missing = c.missing.length ? `; to accept it, first: ${c.missing.join("; ")}` : "";
  return `- ${c.id} [not reviewed]: ${c.name}, ${words(c.stage)}; ${dated}; ${statutes}; ${c.district ?? "district not given"}, lead ${c.leadAgency}; "${c.release.title}" ${c.release.url}${missing}`;
}

/** The caseload figures per program, or why there are none: never a silent zero. */
function caseloadLines(r: AnswerReport): string[] {
  const c = r.caseload;
  if (c.code === null) return [...c.caveats];
  if (c.citations.length === 0) {
    return [`No caseload release is loaded (\`npm run ingest:lions -- --load\`): the population count for ${c.agency} (code ${c.code}) is not in the graph yet.`];
  }
  return [
    `Defendants convicted in the window in the loaded releases ${refs(c.citations)}, with ${c.agency} (code ${c.code}) as the lead investigating agency, and as lead or partner. These are counted records without names, never in the count above.`,
    "",
    "| Program | Convicted, led | Led or partner | Plea | Jury | Bench | Other | Not placeable | Linked to a named case |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...c.programs.map(
      (p) =>
        `| ${p.code}${p.name ? ` ${p.name}` : ""} | ${p.convictionsLed} | ${p.convictionsParticipated} | ${p.byHow.plea} | ${p.byHow.jury} | ${p.byHow.bench} | ${p.byHow.other} | ${p.notPlaceable} | ${p.linkedToNamedCases} |`,
    ),
    "",
    ...c.programs.flatMap(coverageLines),
    ...c.caveats.map((x) => `- ${x}`),
  ];
}

/**
 * Coverage of one program: the share of its counted convictions (led, in the window) that an
 * accepted link ties to a named, sourced case, in all and by statute. Numerator and
 * denominator are the same convictions' count, so both have the same scope.
 */
function coverageLines(p: ReportCaseload["programs"][number]): string[] {
  if (p.convictionsLed === 0) return [];
  return [
    `Coverage, program ${p.code}: ${share(p.linkedToNamedCases, p.convictionsLed)} of the counted convictions led in the window are tied by an accepted link to a named case that a source supports (\`npm run review\`); open candidates do not count until a reviewer accepts them.`,
    "",
    "| Statute (as printed) | Counted | Linked to a named case | Coverage |",
    "| --- | --- | --- | --- |",
    ...p.byStatute.map((s) => `| ${s.statute} | ${s.convictions} | ${s.linkedToNamedCases} | ${percent(s.linkedToNamedCases, s.convictions)} |`),
    "",
  ];
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const share = (part: number, whole: number) => `${part} of ${whole} (${percent(part, whole)})`;

/** The named count beside the largest figure published for the agency itself: how small a part the named cases are. */
function comparison(r: AnswerReport): string[] {
  const agency = r.agency.abbreviation ?? r.agency.name;
  const own = r.statistics.filter((s) => s.scope === agency && s.value !== null && s.period !== "unknown").sort((a, b) => b.value! - a.value!)[0];
  if (own === undefined) return [];
  const qualifier = own.qualifier === "MORE_THAN" ? "more than " : own.qualifier === "AT_LEAST" ? "at least " : own.qualifier === "ABOUT" ? "about " : "";
  return [
    "",
    `Beside them, the ${r.bottomLine.convictionsInWindow} named here are a small, hand-found part: the largest figure for ${agency} itself is ` +
      `${qualifier}${own.value!.toLocaleString("en-US")} (${words(own.offenseScope)}, period ${own.period}, ${own.claimant}) ${refs(own.citations)}.`,
  ];
}

function claimLine(c: ReportClaim): string {
  const scope = `scope ${c.scope}, ${words(c.offenseScope)}, period ${c.period}`;
  return [
    `- ${c.statement} (${c.claimant}; ${scope}) ${refs(c.citations)}`,
    ...c.caveats.map((x) => `  - ${x}`),
    ...c.discrepancies.map((d) => `  - Differs from the figure it repeats: ${d}.`),
  ].join("\n");
}
