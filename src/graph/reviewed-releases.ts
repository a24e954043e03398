import { plainWords, type EditNote, type ReviewedFacts, type Span } from "./release-candidate.ts";
import { releaseStageValues, type ValueOf } from "./vocabulary.ts";

/** The seed-format document the accepted press-release candidates are written as: one, rewritten whole at every judgement. */
export const reviewedReleasesFile = "releases/reviewed";

const releaseSourceId = (uuid: string) => `src-doj-${plainWords(uuid).join("-")}`;
const quoteLimit = 200;

/** Where a fact was read: the offsets in the release's text (its title, a blank line, then the body as text) and the words. */
function locator(at: Span | null, edit: EditNote | undefined, fallback: string): string {
  if (edit !== undefined) return `as corrected in review by ${edit.by} on ${edit.at.slice(0, 10)}: ${edit.why}`;
  if (at === null || at.text === "") return fallback;
  const words = at.text.length > quoteLimit ? `${at.text.slice(0, quoteLimit - 3)}...` : at.text;
  return `characters ${at.start}-${at.end} of the release's text: "${words.replace(/\s+/g, " ")}"`;
}

const chargeStage = { charged: "indicted", pleaded: "convicted_plea", convicted_at_trial: "convicted_trial" } as const;

/**
 * The facts of the accepted candidates, as a seed document: each group of candidates that
 * accepted same-case links join (or a candidate alone) is one case, an investigation, a
 * prosecution, a defendant, the charges, and the conviction and sentence as far as the case
 * has gone. Every record cites the release it was read from, with the words as the locator;
 * a field a reviewer corrected cites the correction. The evidence tier is `announced`.
 */
export function reviewedReleasesDocument(accepted: readonly ReviewedFacts[], sameCase: readonly (readonly [string, string])[]): { content: ReviewedDocument; leftOut: string[] } {
  const doc: ReviewedDocument = { sources: [], investigations: [], prosecutions: [], defendants: [], charges: [], convictions: [], sentences: [] };
  const sources = new Set<string>();
  const leftOut: string[] = [];
  for (const group of caseGroups(accepted, sameCase)) {
    // Accepted before, but read again without what a case needs (a district, a lead agency):
    // left out until a reviewer edits it, never written with a guess.
    if (!group.some((r) => r.facts.district !== null) || !group.some((r) => r.leadAgency !== null)) {
      leftOut.push(...group.map((r) => r.facts.id));
      continue;
    }
    for (const r of group) {
      const src = releaseSourceId(r.facts.release.uuid);
      if (sources.has(src)) continue;
      sources.add(src);
      const { release, extractorVersion } = r.facts;
      doc.sources.push({
        id: src,
        kind: "press_release",
        publisher: release.component ?? "U.S. Department of Justice",
        title: release.title,
        url: release.url,
        published: release.published ?? "unknown",
        retrieved: release.retrieved,
        notes: `Read from the DOJ press-release API by the extractor ${extractorVersion}; what cites it was accepted in review (npm run review).`,
      });
    }
    writeCase(doc, group);
  }
  return { content: doc, leftOut };
}

function writeCase(doc: ReviewedDocument, group: readonly ReviewedFacts[]): void {
  const first = group[0]!;
  const key = first.facts.id.replace(/^rc-/, "");
  const cite = (r: ReviewedFacts, at: Span | null, edit: EditNote | undefined, supports: string, fallback = "the release as a whole") => ({
    source: releaseSourceId(r.facts.release.uuid),
    locator: locator(at, edit, fallback),
    supports,
  });
  const furthest = group.reduce((a, b) => (stageRank(b.facts.stage) > stageRank(a.facts.stage) ? b : a));
  const withDistrict = group.find((r) => r.facts.district !== null)!;
  const withLead = group.find((r) => r.leadAgency !== null)!;
  const name = first.facts.name;
  const leadCredit = withLead.facts.agencies.find((a) => a.agencyId === withLead.leadAgency && a.role === "lead");

  doc.investigations.push({
    id: `inv-${key}`,
    title: `Investigation behind United States v. ${name}`,
    summary: `The investigation a press release credits: "${first.facts.release.title}".`,
    leadAgency: withLead.leadAgency,
    partnerAgencies: [...new Set(group.flatMap((r) => r.partnerAgencies))].filter((a) => a !== withLead.leadAgency),
    sources: [cite(withLead, leadCredit?.span ?? null, withLead.edited.leadAgency, "The agency credited as leading the investigation.")],
  });
  doc.prosecutions.push({
    id: `pros-${key}`,
    title: `United States v. ${name}`,
    investigation: `inv-${key}`,
    district: withDistrict.facts.district,
    sources: [cite(withDistrict, withDistrict.facts.districtSpan, withDistrict.edited.district, "The district the case is in.", `the release's component: ${withDistrict.facts.release.component ?? "none"}`)],
  });
  doc.defendants.push({
    id: `def-${key}`,
    prosecution: `pros-${key}`,
    name,
    sources: group.map((r) => cite(r, r.facts.nameSpan, r.edited.name, "The defendant's name as printed.")),
  });

  // A sentencing release often says only "sentenced": how the conviction came is then the
  // plea or verdict release's, in a case that same-case links join.
  const methodFrom = furthest.method !== "unknown" ? furthest : (group.find((r) => r.method !== "unknown") ?? furthest);
  const method = methodFrom.method;
  const stage = furthest.facts.stage === "sentenced" ? (method === "plea" ? "convicted_plea" : method === "trial" ? "convicted_trial" : "convicted") : chargeStage[furthest.facts.stage];
  const charges = new Map<string, object>();
  for (const r of group) {
    for (const c of r.facts.charges) {
      const k = c.statute ?? c.category ?? c.words;
      if (charges.has(k)) continue;
      charges.set(k, {
        id: `charge-${key}-${charges.size + 1}`,
        defendant: `def-${key}`,
        description: c.words,
        statute: c.statute === null ? null : c.basis === "inferred" ? { basis: "inferred", statute: c.statute, inference: c.inference } : { basis: "stated", statute: c.statute },
        ...(c.statute === null && c.category !== null ? { category: { category: c.category, inference: c.inference } } : {}),
        stage,
        sources: [cite(r, c.span.text === "" ? r.facts.stageSpan : c.span, r.edited.statutes, `The charge: ${c.words}.`)],
      });
    }
  }
  doc.charges.push(...charges.values());
  if (furthest.facts.stage === "charged") return;

  const plea = [furthest, ...group].find((r) => r.facts.pleaOrVerdictDate !== null);
  const pleaDate = plea?.facts.pleaOrVerdictDate ?? "unknown";
  doc.convictions.push({
    id: `conv-${key}`,
    defendant: `def-${key}`,
    charges: [...charges.values()].map((c) => (c as { id: string }).id),
    method,
    date: pleaDate,
    ...(plea?.facts.pleaOrVerdictDateYearFromRelease ? { yearFromRelease: { source: releaseSourceId(plea.facts.release.uuid), monthDay: pleaDate.slice(5) } } : {}),
    sources: [
      cite(furthest, furthest.facts.stageSpan, furthest.edited.stage ?? furthest.edited.method, `The defendant ${furthest.facts.stage === "convicted_at_trial" ? "was convicted at trial" : furthest.facts.stage === "pleaded" ? "pleaded guilty" : "was sentenced, so convicted"}.`),
      ...(methodFrom === furthest ? [] : [cite(methodFrom, methodFrom.facts.stageSpan, methodFrom.edited.stage ?? methodFrom.edited.method, `How: ${method === "plea" ? "a guilty plea" : "a verdict at trial"}.`)]),
      ...(plea === undefined ? [] : [cite(plea, plea.facts.pleaOrVerdictDateSpan, plea.edited.pleaOrVerdictDate, `The plea or verdict date, ${pleaDate}.`)]),
    ],
  });
  const sentenced = group.find((r) => r.facts.stage === "sentenced");
  if (sentenced === undefined) return;
  const f = sentenced.facts;
  const sentenceDate = f.sentenceDate ?? "unknown";
  doc.sentences.push({
    id: `sent-${key}`,
    defendant: `def-${key}`,
    conviction: `conv-${key}`,
    date: sentenceDate,
    ...(f.sentenceDateYearFromRelease && f.sentenceDate !== null ? { yearFromRelease: { source: releaseSourceId(f.release.uuid), monthDay: sentenceDate.slice(5) } } : {}),
    prison: f.life ? "life" : (f.prisonMonths ?? "unknown"),
    supervisedRelease: "unknown",
    restitutionUsd: null,
    sources: [
      cite(sentenced, f.prisonSpan ?? f.stageSpan, sentenced.edited.prisonMonths ?? sentenced.edited.life, `The sentence: ${f.life ? "life in prison" : f.prisonMonths === null ? "a term the release does not give" : `${f.prisonMonths} months in prison`}.`),
      ...(f.sentenceDateSpan === null && sentenced.edited.sentenceDate === undefined ? [] : [cite(sentenced, f.sentenceDateSpan, sentenced.edited.sentenceDate, `The sentencing date, ${sentenceDate}.`)]),
    ],
  });
}

type ReviewedDocument = Record<"sources" | "investigations" | "prosecutions" | "defendants" | "charges" | "convictions" | "sentences", object[]>;

const stageRank = (stage: ValueOf<typeof releaseStageValues>) => releaseStageValues.values.indexOf(stage);

/** The accepted candidates, joined into cases by the accepted same-case links between them; each case's candidates by release date, then id. */
export function caseGroups(accepted: readonly ReviewedFacts[], sameCase: readonly (readonly [string, string])[]): ReviewedFacts[][] {
  const byId = new Map(accepted.map((r) => [r.facts.id, r]));
  const parent = new Map(accepted.map((r) => [r.facts.id, r.facts.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  for (const [a, b] of sameCase) if (byId.has(a) && byId.has(b)) parent.set(root(a), root(b));
  const groups = new Map<string, ReviewedFacts[]>();
  for (const r of accepted) groups.set(root(r.facts.id), [...(groups.get(root(r.facts.id)) ?? []), r]);
  const order = (a: ReviewedFacts, b: ReviewedFacts) => (a.facts.release.published ?? "9999").localeCompare(b.facts.release.published ?? "9999") || a.facts.id.localeCompare(b.facts.id);
  return [...groups.values()].map((g) => g.sort(order)).sort((a, b) => order(a[0]!, b[0]!));
}
