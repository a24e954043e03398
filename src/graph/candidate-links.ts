import { z } from "zod";
import { defineQuery, noRows, oneRow } from "../db/query.ts";
import type { WriteTransaction } from "../db/query-runner.ts";
import { prisonOfKey } from "./sentence.ts";

/**
 * Candidate links between a named conviction (a press release's, a court record's) and a
 * counted one (the caseload data's, which names no one): the same district, overlapping
 * statutes, the same prison term when both give one, and conviction dates within
 * `maxDaysApart` days when both are dated to the day, else overlapping. A candidate is shown
 * as a reviewable edge with this evidence; it is never merged, and only a reviewer's
 * judgement (src/graph/link-review.ts) makes it a link. docs/model.md (Candidate links).
 */
export const maxDaysApart = 3;

const side = z.object({
  id: z.string(),
  districtId: z.string(),
  statutes: z.array(z.string()),
  inferredStatutes: z.array(z.string()),
  sentenceKey: z.number(),
  caseloadKey: z.string().nullable(),
  date: z.string(),
  precision: z.string(),
  from: z.string(),
  to: z.string(),
});

export type LinkSide = z.output<typeof side>;

/** What a candidate rests on, stored on its edge. */
export interface CandidateEvidence {
  district: string;
  /** The statutes that overlap, pair by pair: the named side's, and the counted side's. */
  namedStatutes: string[];
  countedStatutes: string[];
  /** Whether every overlapping statute of the named side was inferred from its charge words. */
  namedStatutesInferred: boolean;
  namedDate: string;
  countedDate: string;
  /** Days between the two dates when both are days; null otherwise (then the intervals overlap). */
  daysApart: number | null;
  /** "life", a number of months, or null: not given (time served, unknown, no sentence). */
  namedPrison: string | null;
  countedPrison: string | null;
  caseloadKey: string;
}

export interface Candidate {
  id: string;
  named: string;
  counted: string;
  evidence: CandidateEvidence;
}

/** A link's id: the named conviction's id and the counted one's key in the caseload data, the same in every release. */
export function linkId(named: string, caseloadKey: string): string {
  return `${named}~${caseloadKey.replaceAll(" ", ":")}`;
}

/** Whether two statute ids overlap: the same, or one a subsection of the other (18-usc-2252a and 18-usc-2252a-a-5-b). */
export function statutesOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** The candidate these two convictions make, or null when the rule rules them out. */
export function candidateBetween(named: LinkSide, counted: LinkSide): Candidate | null {
  if (named.districtId !== counted.districtId) return null;
  const pairs = named.statutes.flatMap((a) => counted.statutes.filter((b) => a !== "" && b !== "" && statutesOverlap(a, b)).map((b) => [a, b] as const));
  if (pairs.length === 0) return null;
  const [namedPrison, countedPrison] = [prisonOfKey(named.sentenceKey), prisonOfKey(counted.sentenceKey)];
  if (namedPrison !== null && countedPrison !== null && namedPrison !== countedPrison) return null;
  const bothDays = named.precision === "day" && counted.precision === "day";
  const daysApart = bothDays ? Math.abs(Date.parse(named.from) - Date.parse(counted.from)) / 86_400_000 : null;
  if (daysApart !== null ? daysApart > maxDaysApart : named.from > counted.to || counted.from > named.to) return null;
  const caseloadKey = counted.caseloadKey ?? counted.id;
  const shown = (prison: "life" | number | null) => (prison === null ? null : prison === "life" ? "life" : `${prison} months`);
  return {
    id: linkId(named.id, caseloadKey),
    named: named.id,
    counted: counted.id,
    evidence: {
      district: named.districtId,
      namedStatutes: pairs.map(([a]) => a),
      countedStatutes: pairs.map(([, b]) => b),
      namedStatutesInferred: pairs.every(([a]) => named.inferredStatutes.includes(a)),
      namedDate: named.date,
      countedDate: counted.date,
      daysApart,
      namedPrison: shown(namedPrison),
      countedPrison: shown(countedPrison),
      caseloadKey,
    },
  };
}

const queries = {
  pairable: defineQuery("links/convictions_to_pair", oneRow(z.object({ named: z.array(side), counted: z.array(side) }))),
  write: defineQuery("links/write_candidates", noRows),
};

/**
 * Draws every candidate link again from the stored placements, in the writing transaction, so
 * that they always follow the convictions. Returns how many there are.
 */
export async function refreshCandidateLinks(tx: WriteTransaction): Promise<number> {
  const { named, counted } = await tx.run(queries.pairable, {});
  const byDistrict = new Map<string, LinkSide[]>();
  for (const k of counted) byDistrict.set(k.districtId, [...(byDistrict.get(k.districtId) ?? []), k]);
  const links = named.flatMap((n) => (byDistrict.get(n.districtId) ?? []).flatMap((k) => candidateBetween(n, k) ?? []));
  await tx.run(queries.write, { links });
  return links.length;
}
