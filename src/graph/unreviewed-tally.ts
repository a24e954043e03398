import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { agencies } from "./agencies.ts";
import { parsePreciseDate, type PreciseDate } from "./dates.ts";
import { facetsOf, placeConviction } from "./placement.ts";
import { listCandidates, type ListedCandidate } from "./release-candidates.ts";
import type { TallyQuestion } from "./tally.ts";
import { windowStatus, type WindowStatus } from "./window.ts";

/**
 * What the tally would gain if the open press-release candidates were accepted: asked for
 * apart (includeUnreviewed, --include-unreviewed) and always marked, never added to the
 * reviewed figures. A candidate is in it when accepting it, as it stands, would give a
 * conviction that the tally counts (docs/model.md, "Unreviewed candidates in the answer"):
 * past charged, its lead agency the question's agency or one of its sub-offices (the lineage
 * the tally reads), a charge that matches the question's statutes and categories, and dated
 * by the tally's rule (src/graph/placement.ts) inside the window; one dated across an edge,
 * or not dated, is not placeable. Rejected and accepted candidates are never in it.
 */
export interface UnreviewedTally {
  /** Certainly inside the window. */
  candidates: ListedCandidate[];
  /** Dated across an edge of the window, or not dated. */
  notPlaceable: ListedCandidate[];
}

const statuteCategories = defineQuery("unreviewed/statute_categories", allRows(z.object({ statute: z.string(), categories: z.array(z.string()) })));

const unknownDate: PreciseDate = { text: "unknown", precision: "unknown", from: null, to: null };
const dateOf = (text: string | null): PreciseDate => (text === null ? unknownDate : (parsePreciseDate(text) ?? unknownDate));

export async function unreviewedTally(db: QueryRunner, question: TallyQuestion): Promise<UnreviewedTally> {
  const open = await listCandidates(db, "open");
  const lineage = new Map((await agencies(db)).map((a) => [a.id, a.lineage]));
  const statutes = [...new Set(open.flatMap((c) => c.reviewed.facts.charges.map((ch) => ch.statute).filter((s): s is string => s !== null)))];
  const categoriesOf = new Map(
    question.statutes === null && question.categories === null ? [] : (await db.read(statuteCategories, { statutes })).map((r) => [r.statute, r.categories]),
  );
  const out: UnreviewedTally = { candidates: [], notPlaceable: [] };
  for (const c of open) {
    const status = placedAs(c, question, lineage, categoriesOf);
    if (status === "in") out.candidates.push(c);
    else if (status === "imprecise" || status === "unknown") out.notPlaceable.push(c);
  }
  return out;
}

/** Where the conviction that accepting the candidate would give falls against the question; null when the tally would not count it at all. */
function placedAs(c: ListedCandidate, question: TallyQuestion, lineage: Map<string, string[]>, categoriesOf: Map<string, string[]>): WindowStatus | null {
  const { facts, leadAgency } = c.reviewed;
  if (facts.stage === "charged") return null;
  if (leadAgency === null || !(lineage.get(leadAgency) ?? []).includes(question.agency)) return null;
  if (question.statutes !== null || question.categories !== null) {
    const charges = facts.charges.map((ch) => ({ statute: ch.statute, categories: ch.statute !== null ? (categoriesOf.get(ch.statute) ?? []) : ch.category !== null ? [ch.category] : [] }));
    const matches = facetsOf(charges).some((facet) => {
      const [statute, category] = facet.split("|") as [string, string];
      return (question.statutes === null || question.statutes.includes(statute)) && (question.categories === null || question.categories.includes(category));
    });
    if (!matches) return null;
  }
  // As src/graph/reviewed-releases.ts writes it: a sentence, with its date, only for a candidate sentenced.
  const judgments = facts.stage === "sentenced" && facts.sentenceDate !== null ? [dateOf(facts.sentenceDate)] : [];
  return windowStatus(placeConviction(dateOf(facts.pleaOrVerdictDate), judgments).date, question.window);
}
