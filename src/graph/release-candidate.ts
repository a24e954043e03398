import { z } from "zod";
import { dateFormatHelp, parsePreciseDate } from "./dates.ts";
import { candidateVerdicts, convictionMethods, creditRoles, linkStatuses, releaseStageValues, type ValueOf } from "./vocabulary.ts";

const releaseStages = releaseStageValues.values;
/** A date as the seed files write one, with its precision. */
const preciseDate = z.string().refine((value) => parsePreciseDate(value) !== undefined, `must be ${dateFormatHelp}`);

/**
 * A press-release candidate: one defendant of one release, as the extractor read them, kept
 * in the graph as a ReleaseCandidate node until a reviewer judges it. Only an accepted one
 * becomes facts (src/graph/reviewed-releases.ts). Its id is the release's uuid and the
 * defendant's name, so it stays the same when the release is read again and its judgements
 * (CandidateJudgement nodes, keyed by the id) stay with it.
 */
/** A name or id in plain words: accents dropped, lower case, split at anything not a letter or digit. */
export const plainWords = (text: string): string[] =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== "");

export const span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type Span = z.output<typeof span>;

const chargeFact = z.object({
  /** The statute as printed, or the charge words. */
  words: z.string(),
  span,
  /** The catalog statute: printed (`stated`) or implied by the words (`inferred`); null when neither. */
  statute: z.string().nullable(),
  basis: z.enum(["stated", "inferred"]).nullable(),
  /** The offense family the words imply when the statute is not certain. */
  category: z.string().nullable(),
  inference: z.string().nullable(),
});

export const candidateFacts = z.object({
  id: z.string(),
  extractorVersion: z.string(),
  release: z.object({ uuid: z.string(), url: z.string(), title: z.string(), published: z.string().nullable(), component: z.string().nullable(), retrieved: z.string() }),
  district: z.string().nullable(),
  districtSpan: span.nullable(),
  agencies: z.array(z.object({ name: z.string(), role: z.enum(creditRoles.values), agencyId: z.string().nullable(), span })),
  name: z.string(),
  nameSpan: span,
  stage: z.enum(releaseStages),
  stageSpan: span.nullable(),
  pleaOrVerdictDate: z.string().nullable(),
  pleaOrVerdictDateYearFromRelease: z.boolean(),
  pleaOrVerdictDateSpan: span.nullable(),
  sentenceDate: z.string().nullable(),
  sentenceDateYearFromRelease: z.boolean(),
  sentenceDateSpan: span.nullable(),
  prisonMonths: z.number().int().nullable(),
  life: z.boolean(),
  prisonSpan: span.nullable(),
  charges: z.array(chargeFact),
});
export type CandidateFacts = z.output<typeof candidateFacts>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be an id: lower-case letters, digits and hyphens");

/**
 * What a reviewer may correct before accepting (`npm run review -- edit`): each field given
 * replaces the extractor's, and is cited as the reviewer's reading of the release.
 */
export const candidateEdit = z
  .strictObject({
    name: z.string().trim().min(1, "must not be empty").optional(),
    district: id.nullable().optional(),
    stage: z.enum(releaseStages).optional(),
    method: z.enum(convictionMethods.values).optional(),
    pleaOrVerdictDate: preciseDate.nullable().optional(),
    sentenceDate: preciseDate.nullable().optional(),
    prisonMonths: z.number().int().nonnegative().nullable().optional(),
    life: z.boolean().optional(),
    leadAgency: id.nullable().optional(),
    partnerAgencies: z.array(id).optional(),
    statutes: z.array(id).optional(),
  })
  .refine((edit) => Object.keys(edit).length > 0, "give at least one field to change");
export type CandidateEdit = z.output<typeof candidateEdit>;

export const candidateJudgement = z.object({
  verdict: z.enum(candidateVerdicts.values),
  by: z.string(),
  why: z.string(),
  at: z.string(),
  /** For an edit: the fields changed, as JSON. */
  changes: z.string().nullable().default(null),
});
export type CandidateJudgement = z.output<typeof candidateJudgement>;
export type CandidateStatus = ValueOf<typeof linkStatuses>;

/** The latest accept or reject is the status; an edit changes the facts, not the status. */
export function candidateStatus(judgements: readonly CandidateJudgement[]): CandidateStatus {
  const last = judgements.filter((j) => j.verdict !== "edited").at(-1);
  return last === undefined ? "open" : last.verdict === "accepted" ? "accepted" : "rejected";
}

/** Who corrected a field, and why: a reviewed fact cites this instead of the extractor's words. */
export interface EditNote {
  by: string;
  why: string;
  at: string;
}

/** A candidate's facts as reviewed: the extractor's, with every edit applied in order. */
export interface ReviewedFacts {
  facts: CandidateFacts;
  leadAgency: string | null;
  partnerAgencies: string[];
  method: ValueOf<typeof convictionMethods>;
  /** The fields a reviewer changed, with the last edit of each. */
  edited: Partial<Record<keyof CandidateEdit, EditNote>>;
}

/** Candidate facts with the reviewer's edits applied: the lead is the agency credited as lead, unless an edit names one. */
export function reviewedFacts(facts: CandidateFacts, judgements: readonly CandidateJudgement[]): ReviewedFacts {
  const credited = (role: "lead" | "partner") => [...new Set(facts.agencies.filter((a) => a.role === role && a.agencyId !== null).map((a) => a.agencyId!))];
  let out: ReviewedFacts = {
    facts,
    leadAgency: credited("lead")[0] ?? null,
    partnerAgencies: [],
    method: facts.stage === "pleaded" ? "plea" : facts.stage === "convicted_at_trial" ? "trial" : "unknown",
    edited: {},
  };
  out.partnerAgencies = credited("partner").filter((a) => a !== out.leadAgency);
  for (const j of judgements) {
    if (j.verdict !== "edited" || j.changes === null) continue;
    const edit = candidateEdit.parse(JSON.parse(j.changes));
    const note = { by: j.by, why: j.why, at: j.at };
    const f = { ...out.facts };
    if (edit.name !== undefined) f.name = edit.name;
    if (edit.district !== undefined) f.district = edit.district;
    if (edit.stage !== undefined) f.stage = edit.stage;
    if (edit.pleaOrVerdictDate !== undefined) [f.pleaOrVerdictDate, f.pleaOrVerdictDateYearFromRelease] = [edit.pleaOrVerdictDate, false];
    if (edit.sentenceDate !== undefined) [f.sentenceDate, f.sentenceDateYearFromRelease] = [edit.sentenceDate, false];
    if (edit.prisonMonths !== undefined) f.prisonMonths = edit.prisonMonths;
    if (edit.life !== undefined) f.life = edit.life;
    if (edit.statutes !== undefined) {
      f.charges = edit.statutes.map((statute) => ({ words: statute, span: { start: 0, end: 0, text: "" }, statute, basis: "stated" as const, category: null, inference: null }));
    }
    out = {
      facts: f,
      leadAgency: edit.leadAgency !== undefined ? edit.leadAgency : out.leadAgency,
      partnerAgencies: edit.partnerAgencies ?? out.partnerAgencies,
      method: edit.method ?? (edit.stage !== undefined ? (edit.stage === "pleaded" ? "plea" : edit.stage === "convicted_at_trial" ? "trial" : out.method) : out.method),
      edited: { ...out.edited, ...Object.fromEntries(Object.keys(edit).map((k) => [k, note])) },
    };
  }
  return out;
}

/** Why a candidate cannot become facts yet: what the facts need and the release does not give. */
export function acceptanceProblems(r: ReviewedFacts): string[] {
  return [
    ...(r.facts.district === null ? ["the release names no district: give one (edit --district)"] : []),
    ...(r.leadAgency === null
      ? [
          `the release credits no agency of the catalog as the lead${r.facts.agencies.length === 0 ? "" : ` (credited: ${r.facts.agencies.map((a) => `${a.name}, ${a.role}`).join("; ")})`}: give the lead agency the release states (edit --lead-agency)`,
        ]
      : []),
  ];
}
