import { ExpectedError } from "../errors.ts";
import type { ListedCandidate } from "../graph/release-candidates.ts";

/** Press-release candidates' ids start rc- (src/ingest/doj/release-candidates.ts); link ids do not. */
export const isCandidateId = (id: string) => id.startsWith("rc-") && !id.includes("~");

/** `npm run review -- edit`'s options, one per field a reviewer may correct. */
export const editOptions = {
  name: { type: "string" },
  district: { type: "string" },
  stage: { type: "string" },
  method: { type: "string" },
  "plea-date": { type: "string" },
  "sentence-date": { type: "string" },
  "prison-months": { type: "string" },
  life: { type: "string" },
  "lead-agency": { type: "string" },
  "partner-agencies": { type: "string" },
  statutes: { type: "string" },
} as const;

type EditValues = { [K in keyof typeof editOptions]?: string | undefined };

/** The edit the options give, as the fields of the review's edit (checked there, every problem at once); "none" clears a field. */
export function editOf(values: EditValues): Record<string, unknown> {
  const orNull = (v: string) => (v === "none" ? null : v);
  const list = (v: string) => v.split(",").map((x) => x.trim()).filter((x) => x !== "");
  const number = (v: string) => (v === "none" ? null : /^\d+$/.test(v) ? Number(v) : v);
  const bool = (v: string) => (v === "true" ? true : v === "false" ? false : v);
  const edit: Record<string, unknown> = {};
  const set = (key: string, value: string | undefined, read: (v: string) => unknown) => {
    if (value !== undefined) edit[key] = read(value);
  };
  set("name", values.name, (v) => v);
  set("district", values.district, orNull);
  set("stage", values.stage, (v) => v);
  set("method", values.method, (v) => v);
  set("pleaOrVerdictDate", values["plea-date"], orNull);
  set("sentenceDate", values["sentence-date"], orNull);
  set("prisonMonths", values["prison-months"], number);
  set("life", values.life, bool);
  set("leadAgency", values["lead-agency"], orNull);
  set("partnerAgencies", values["partner-agencies"], list);
  set("statutes", values.statutes, list);
  if (Object.keys(edit).length === 0) throw new ExpectedError("edit needs at least one field to correct (--name, --district, --stage, --method, --plea-date, --sentence-date, --prison-months, --life, --lead-agency, --partner-agencies, --statutes).");
  return edit;
}

/** A candidate in a few lines: who, how far, when, on what, where and by whom investigated, from which release; with `full`, every quote and judgement. */
export function describeCandidate(c: ListedCandidate, full = false): string {
  const { facts: f, leadAgency, partnerAgencies, method } = c.reviewed;
  const charges = f.charges.map((ch) => `${ch.statute ?? ch.category ?? "no statute"}${ch.basis === "inferred" || (ch.statute === null && ch.category !== null) ? " (inferred from the words)" : ""}`).join(", ") || "no charge read";
  const lines = [
    `${f.id} [${c.status}]`,
    `  ${f.name}: ${f.stage}${f.stage === "charged" ? "" : ` (${method})`}; plea or verdict ${f.pleaOrVerdictDate ?? "not given"}${f.pleaOrVerdictDateYearFromRelease ? " (year from the release date)" : ""}; sentenced ${f.sentenceDate ?? "not given"}; prison ${f.life ? "life" : f.prisonMonths === null ? "not given" : `${f.prisonMonths} months`}; charges ${charges}`,
    `  district ${f.district ?? "not given"}; lead ${leadAgency ?? "not given"}${partnerAgencies.length === 0 ? "" : `, partners ${partnerAgencies.join(", ")}`}; credited: ${f.agencies.map((a) => `${a.name} (${a.role})`).join("; ") || "no agency"}`,
    `  release ${f.release.published ?? "undated"} "${f.release.title}" <${f.release.url}> (${f.extractorVersion})`,
    ...(c.missing.length === 0 || c.status === "rejected" ? [] : [c.status === "open" ? `  to accept it, first: ${c.missing.join("; ")}` : `  accepted, but left out of the facts until edited: ${c.missing.join("; ")}`]),
  ];
  if (full) {
    const quote = (label: string, span: { text: string } | null) => (span === null || span.text === "" ? [] : [`  ${label}: "${span.text.replace(/\s+/g, " ")}"`]);
    lines.push(
      ...quote("name", f.nameSpan),
      ...quote("stage", f.stageSpan),
      ...quote("plea or verdict date", f.pleaOrVerdictDateSpan),
      ...quote("sentencing date", f.sentenceDateSpan),
      ...quote("prison", f.prisonSpan),
      ...quote("district", f.districtSpan),
      ...f.charges.flatMap((ch) => [...quote(`charge ${ch.words}`, ch.span), ...(ch.inference === null ? [] : [`    inference: ${ch.inference}`])]),
    );
    if (c.judgements.length === 0) lines.push("  Not judged yet.");
    for (const j of c.judgements) lines.push(`  ${j.verdict} by ${j.by} at ${j.at}: ${j.why}${j.changes === null ? "" : ` (${j.changes})`}`);
  }
  return lines.join("\n");
}
