import type { QueryRunner } from "../db/query-runner.ts";
import { claims, type Statistic } from "./claims.ts";
import { convictionCounts, type ConvictionCounts, type ConvictionFilter } from "./convictions.ts";
import type { Agency } from "./columns.ts";
import { namedCaseTiers, pendingChargeStages } from "./vocabulary.ts";
import type { Window } from "./window.ts";

/**
 * The question: how many convictions came from an agency's investigations (its sub-offices
 * included) in a window, on what charges. Counted in the database from each conviction's
 * stored placement; the lists behind the numbers are pages of src/graph/convictions.ts and
 * src/graph/charges.ts.
 */
export const countingRule =
  "Counts are documented lower bounds: only convictions that a cited source places inside the window are counted. " +
  "A conviction is dated by its plea or verdict; when only the judgment at sentencing is dated, that date is used. " +
  "A date keeps its precision: one that straddles an edge of the window (such as FY2023 against a window starting " +
  "2023-01-01), or that no source gives, is listed as not placeable rather than counted.";

export interface TallyQuestion {
  agency: string;
  window: Window;
  statutes: string[] | null;
  categories: string[] | null;
}

export interface Tally extends Omit<ConvictionCounts, "agency" | "byStatus"> {
  agency: Agency;
  /** Certainly inside the window: a documented lower bound. */
  convictionsInWindow: number;
  /** Dated across an edge of the window, or not dated. */
  notPlaceable: number;
  /** Charges still open (indicted or pending) in the agency's cases: not convictions. */
  pendingCharges: number;
}

/** The convictions of the question, all of them or only those `in` or `not_placeable`; or those of the cases the agency only joined as a partner. */
export function tallyFilter(question: TallyQuestion, status: ConvictionFilter["status"], role: ConvictionFilter["role"] = "lead"): ConvictionFilter {
  // The named cases only: caseload records (counted) have their own figures.
  return { agency: question.agency, role, tiers: namedCaseTiers, district: null, statutes: question.statutes, categories: question.categories, stage: null, window: question.window, status };
}

/** The tally's numbers; undefined when no agency has the id asked about. */
export async function tally(db: QueryRunner, question: TallyQuestion): Promise<Tally | undefined> {
  const { agency, byStatus, ...counts } = await convictionCounts(db, tallyFilter(question, null), pendingChargeStages);
  if (agency === null) return undefined;
  return { ...counts, agency, convictionsInWindow: byStatus.in, notPlaceable: byStatus.imprecise + byStatus.unknown };
}

/** The agency conviction statistics that bear on the question (scope the agency, a parent or a sub-office), by period. */
export async function tallyStatistics(db: QueryRunner, question: TallyQuestion): Promise<Statistic[]> {
  const found = await claims(db, { claimant: null, metric: "convictions", period: null, scopeAgency: null, relatedOnly: true }, question);
  return found.sort((a, b) => (a.period.from ?? "").localeCompare(b.period.from ?? "") || a.id.localeCompare(b.id));
}
