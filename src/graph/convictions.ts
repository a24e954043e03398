import neo4j from "neo4j-driver";
import { z } from "zod";
import { allRows, defineQuery, oneRow } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { agencyNode, citation, citationOf, isoDay, nullableText, sortCitations, type Agency, type Citation } from "./columns.ts";
import type { PreciseDate } from "./dates.ts";
import { sentenceColumn, sentenceOf, type Sentence } from "./sentence.ts";
import { chargeStages, convictionMethods, datedBy, datePrecisions, statuteBases, victimAges, windowStatuses, type convictionSorts, type EvidenceTier, type ValueOf } from "./vocabulary.ts";
import { windowBounds, type Window, type WindowStatus } from "./window.ts";

/**
 * Convictions as lists and as counts: a page of them, filtered and sorted, and the numbers
 * behind the tally (how many fall in the window, and by statute, category, case, district
 * and field office). Both read each conviction's stored placement (src/graph/placement.ts).
 */

export interface ConvictionFilter {
  /** The investigating agency; its sub-offices count too. */
  agency: string | null;
  /** Its cases that it led, or those it joined as a partner and did not lead. */
  role: "lead" | "partner_only";
  /** Only convictions known at these evidence tiers; all when null. */
  tiers: readonly EvidenceTier[] | null;
  district: string | null;
  /** Convicted on a charge under one of these statutes, and in one of these categories. */
  statutes: string[] | null;
  categories: string[] | null;
  stage: ValueOf<typeof chargeStages> | null;
  window: Window | null;
  /** Only those certainly in the window, or only those that cannot be placed; all when null. */
  status: "in" | "not_placeable" | null;
}

export const noFilter: ConvictionFilter = { agency: null, role: "lead", tiers: null, district: null, statutes: null, categories: null, stage: null, window: null, status: null };

export type ConvictionSort = ValueOf<typeof convictionSorts>;

export interface Statute {
  id: string;
  section: string;
  title: string;
  subsection: string | null;
}

export interface Charge {
  id: string;
  description: string;
  stage: ValueOf<typeof chargeStages>;
  statute: Statute | null;
  statuteBasis: ValueOf<typeof statuteBases> | null;
  inference: string | null;
  victimAge: ValueOf<typeof victimAges>;
  categories: OffenseFamily[];
  citations: Citation[];
}

export interface Case {
  prosecutionId: string;
  title: string;
  docket: string | null;
  district: string | null;
  districtInferred: string | null;
  investigation: string;
  leadAgency: Agency;
  partnerAgencies: Agency[];
  citations: Citation[];
}

export interface Conviction {
  id: string;
  /** Against the filter's window; unknown when the filter has none. */
  status: WindowStatus;
  date: PreciseDate;
  datedBy: ValueOf<typeof datedBy> | null;
  /** When the source that dates it prints the day without a year: that source's id (the rule of src/graph/dates.ts). */
  yearFrom: string | null;
  method: ValueOf<typeof convictionMethods>;
  defendant: string;
  defendantNamed: boolean;
  /** The prison months of `sentence`; null for life. Kept until the report reads `sentence`. */
  /** The one family it counts under: the first of its charges' families (null: none known). */
  family: OffenseFamily | null;
  /** The sentence for it (the earliest, when resentenced); null when no source reports one. */
  sentence: Sentence | null;
  charges: Charge[];
  case: Case;
  /** As stored by the placement: `announced` today (docs/model.md). */
  evidenceTier: string;
  citations: Citation[];
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

const statute = z.object({ id: z.string(), section: z.string(), title: z.string(), subsection: nullableText });
const family = z.object({ id: z.string(), name: z.string(), description: z.string(), rank: z.number().nullable(), childSexualExploitation: z.boolean() });

/** A charge as the list queries return it; citations are attached by id afterwards. */
export const chargeColumn = z.object({
  // Charges imported before the victim's age was recorded have none: not stated.
  charge: z.looseObject({ id: z.string(), description: z.string(), stage: z.enum(chargeStages.values), victimAge: z.enum(victimAges.values).default("not_stated") }),
  statute: statute.nullable(),
  basis: z.enum(statuteBases.values).nullable(),
  inference: z.string().nullable(),
  categories: z.array(family),
});

export function chargeOf(row: z.output<typeof chargeColumn>, citations: Citation[]): Charge {
  return {
    id: row.charge.id,
    description: row.charge.description,
    stage: row.charge.stage,
    statute: row.statute,
    statuteBasis: row.basis,
    inference: row.inference,
    victimAge: row.charge.victimAge,
    categories: [...row.categories].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.id.localeCompare(b.id)),
    citations: sortCitations(citations),
  };
}

const pageRow = z.object({
  conviction: z.looseObject({
    id: z.string(),
    method: z.enum(convictionMethods.values),
    placedDate: z.string(),
    placedPrecision: z.enum(datePrecisions.values),
    // A null property is no property: an undated conviction has neither.
    placedFrom: isoDay.optional(),
    placedTo: isoDay.optional(),
    datedBy: z.enum(datedBy.values).nullable().optional(),
    placedYearFrom: z.string().nullable().optional(),
    defendantName: z.string(),
    defendantNamed: z.boolean(),
    evidenceTier: z.string(),
  }),
  status: z.enum(windowStatuses.values),
  family: family.nullable(),
  sentence: sentenceColumn.shape.props.nullable(),
  partners: z.array(agencyNode),
  charges: z.array(chargeColumn),
  prosecution: z.object({ id: z.string(), title: z.string(), docket: nullableText, districtInferred: nullableText, district: nullableText }),
  investigation: z.string(),
  lead: agencyNode,
  citations: z.array(citationOf),
});

const breakdownRow = z.object({
  kind: z.enum(["statute", "category", "family"]),
  key: z.string(),
  convictions: z.number(),
  inferred: z.number(),
  statute: statute.nullable(),
  category: family.nullable(),
});

const pageIds = allRows(z.object({ id: z.string(), status: z.enum(windowStatuses.values) }));

const queries = {
  page: defineQuery("convictions/page", pageIds, { heavy: true }),
  pageInWindow: defineQuery("convictions/page_in_window", pageIds, { heavy: true }),
  rows: defineQuery("convictions/rows", allRows(pageRow)),
  total: defineQuery("convictions/total", oneRow(z.object({ total: z.number() })), { heavy: true }),
  counts: defineQuery(
    "convictions/counts",
    oneRow(
      z.object({
        agency: agencyNode.extend({ citations: z.array(citation) }).nullable(),
        byStatus: z.object({ in: z.number(), out: z.number(), imprecise: z.number(), unknown: z.number() }),
        cases: z.number(),
        districts: z.number(),
        fieldOffices: z.number(),
        breakdown: z.array(breakdownRow),
        pendingCharges: z.number(),
        partnerOnly: z.number(),
      }),
    ),
    { heavy: true },
  ),
};

/** The filter as the queries' parameters. */
function filterParameters(filter: ConvictionFilter): Record<string, unknown> {
  const bounds = filter.window === null ? { since: null, until: null } : windowBounds(filter.window);
  return { agency: filter.agency, role: filter.role, tiers: filter.tiers, district: filter.district, statutes: filter.statutes, categories: filter.categories, stage: filter.stage, ...bounds };
}

/**
 * A page of the convictions the filter keeps, in the order asked for: their ids first (from
 * the placement index when the page is of convictions in the window, oldest first), then
 * their rows.
 */
export async function convictionPage(
  db: QueryRunner,
  filter: ConvictionFilter,
  { sort, offset, first, withCitations }: { sort: ConvictionSort; offset: number; first: number; withCitations: boolean },
): Promise<Page<Conviction>> {
  // A district is narrower than the window: its own index, then a sort of its convictions, is quicker.
  const byIndex = filter.status === "in" && filter.window !== null && sort === "date_asc" && filter.district === null;
  const parameters = { ...filterParameters(filter), status: filter.status, sort, offset: neo4j.int(offset), first: neo4j.int(first) };
  const found = await db.read(byIndex ? queries.pageInWindow : queries.page, parameters);
  const page = found.slice(0, first);
  if (page.length === 0) return { items: [], hasNextPage: false };
  const rows = await db.read(queries.rows, {
    ids: page.map((p) => p.id),
    statuses: page.map((p) => p.status),
    statutes: filter.statutes,
    categories: filter.categories,
    withCitations,
  });
  return { items: rows.map(convictionOf), hasNextPage: found.length > first };
}

function convictionOf(row: z.output<typeof pageRow>): Conviction {
  const cited = (id: string) => row.citations.filter((c) => c.of === id);
  const c = row.conviction;
  return {
    id: c.id,
    status: row.status,
    date: { text: c.placedDate, precision: c.placedPrecision, from: c.placedFrom ?? null, to: c.placedTo ?? null },
    datedBy: c.datedBy ?? null,
    yearFrom: c.placedYearFrom ?? null,
    method: c.method,
    defendant: c.defendantName,
    defendantNamed: c.defendantNamed,
    family: row.family,
    sentence: row.sentence === null ? null : sentenceOf({ props: row.sentence, citations: cited(row.sentence.id) }),
    charges: row.charges.map((ch) => chargeOf(ch, cited(ch.charge.id))).sort((a, b) => a.id.localeCompare(b.id)),
    case: {
      prosecutionId: row.prosecution.id,
      title: row.prosecution.title,
      docket: row.prosecution.docket,
      district: row.prosecution.district,
      districtInferred: row.prosecution.districtInferred,
      investigation: row.investigation,
      leadAgency: { ...row.lead, citations: sortCitations(cited(row.lead.id)) },
      partnerAgencies: row.partners.map((p) => ({ ...p, citations: sortCitations(cited(p.id)) })).sort((a, b) => a.id.localeCompare(b.id)),
      citations: sortCitations(cited(row.prosecution.id)),
    },
    evidenceTier: c.evidenceTier,
    citations: sortCitations(cited(c.id)),
  };
}

export interface ConvictionCounts {
  /** The filter's agency, when it names one that exists. */
  agency: Agency | null;
  byStatus: Record<WindowStatus, number>;
  /** Charges at the pending stages asked for (0 when none were asked for). */
  pendingCharges: number;
  /** In the window, from cases the filter's agency joined as a partner and did not lead (not in byStatus). */
  partnerOnly: number;
  /** Behind the convictions in the window. */
  cases: number;
  districts: number;
  fieldOffices: number;
  /** Convictions in the window with a matching charge under each statute (null: none named); `inferred` of them only by inference. */
  byStatute: { statute: Statute | null; convictions: number; inferred: number }[];
  byCategory: { category: OffenseFamily; convictions: number; inferred: number }[];
  /** Each conviction in the window once, under its family (null: no charge has one), in family order. */
  byFamily: { family: OffenseFamily | null; convictions: number; inferred: number }[];
}

/** An offense category: one of the answer's families (seed/reference/offense-categories.yaml). */
export type OffenseFamily = z.output<typeof family>;

/** How many convictions the filter keeps: a list's total, counted without the breakdowns. */
export async function convictionTotal(db: QueryRunner, filter: ConvictionFilter): Promise<number> {
  return (await db.read(queries.total, { ...filterParameters(filter), status: filter.status })).total;
}

/**
 * The numbers behind the convictions the filter keeps, aggregated in the database; with
 * `pendingStages`, also the charges at those stages in the filter's agency's cases.
 */
export async function convictionCounts(db: QueryRunner, filter: ConvictionFilter, pendingStages: readonly string[] | null = null): Promise<ConvictionCounts> {
  const { agency, byStatus, cases, districts, fieldOffices, breakdown, pendingCharges, partnerOnly } = await db.read(queries.counts, { ...filterParameters(filter), pendingStages });
  const of = (kind: z.output<typeof breakdownRow>["kind"]) => breakdown.filter((row) => row.kind === kind);
  return {
    agency: agency === null ? null : { ...agency, citations: sortCitations(agency.citations) },
    byStatus,
    pendingCharges,
    partnerOnly,
    cases,
    districts,
    fieldOffices,
    byStatute: of("statute")
      .map((row) => ({ statute: row.key === "" ? null : row.statute, convictions: row.convictions, inferred: row.inferred }))
      .sort((a, b) => (a.statute?.id ?? "").localeCompare(b.statute?.id ?? "")),
    byCategory: of("category")
      .filter((row) => row.category !== null)
      .map((row) => ({ category: row.category!, convictions: row.convictions, inferred: row.inferred }))
      .sort((a, b) => a.category.id.localeCompare(b.category.id)),
    byFamily: of("family")
      .map((row) => ({ family: row.key === "" ? null : row.category, convictions: row.convictions, inferred: row.inferred }))
      .sort((a, b) => (a.family?.rank ?? Infinity) - (b.family?.rank ?? Infinity)),
  };
}
