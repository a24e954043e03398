import { z } from "zod";
import { allRows, defineQuery, noRows, oneRow } from "../db/query.ts";
import type { QueryRunner, WriteTransaction } from "../db/query-runner.ts";
import { refreshCandidateLinks } from "./candidate-links.ts";
import { storedDate } from "./columns.ts";
import { toNeo4jDate, type PreciseDate } from "./dates.ts";
import { sentenceKey } from "./sentence.ts";
import { agencyKinds, evidenceTiers, termKinds, type datedBy, type ValueOf } from "./vocabulary.ts";

/**
 * A conviction's placement: what dates it and what the tally filters by, computed when
 * anything it derives from is written and stored on the conviction, so that the window and
 * the filters are answered from its own properties and indexes.
 *
 * The dating rule (docs/model.md): a conviction is dated by its plea or verdict; when only the
 * judgment at sentencing is dated, by the earliest such judgment, since the judgment of
 * conviction is entered then; otherwise it is undated. The date keeps its precision.
 */
export interface Placement<D extends PreciseDate = PreciseDate> {
  date: D | PreciseDate;
  datedBy: ValueOf<typeof datedBy> | null;
}

export function placeConviction<D extends PreciseDate>(plea: D, judgments: D[]): Placement<D> {
  if (plea.from !== null) return { date: plea, datedBy: "plea_or_verdict" };
  const judgment = judgments.filter((j) => j.from !== null).sort((a, b) => a.from!.localeCompare(b.from!))[0];
  if (judgment !== undefined) return { date: judgment, datedBy: "judgment" };
  return { date: { text: "unknown", precision: "unknown", from: null, to: null }, datedBy: null };
}

/**
 * A charge's statute and categories as `statute|category` strings, one per category (an
 * empty side when unknown): the tally filters by statute and category together, and counts
 * by either, from this one list.
 */
export function facetsOf(charges: { statute: string | null; categories: readonly string[] }[]): string[] {
  const facets = charges.flatMap((c) => (c.categories.length === 0 ? [`${c.statute ?? ""}|`] : c.categories.map((k) => `${c.statute ?? ""}|${k}`)));
  return [...new Set(facets)].sort();
}

/** A charge as its conviction's placement reads it: statute, how it was read, and its families. */
export interface PlacedCharge {
  statute: string | null;
  basis: "stated" | "inferred" | null;
  categories: { id: string; rank: number }[];
}

/**
 * The family a conviction counts under, once: the first (lowest rank) that one of its charges
 * falls in; and whether it rests on inference, that is, no charge in that family names its
 * statute in a source's own words. Null when no charge has a family.
 */
export function familyOf(charges: readonly PlacedCharge[]): { family: string; inferred: boolean } | null {
  const ranked = charges.flatMap((c) => c.categories.map((k) => ({ ...k, basis: c.basis })));
  if (ranked.length === 0) return null;
  const rank = Math.min(...ranked.map((k) => k.rank));
  const inFamily = ranked.filter((k) => k.rank === rank);
  return { family: inFamily[0]!.id, inferred: inFamily.every((k) => k.basis !== "stated") };
}

/** The keys (statutes, or categories) under which every one of the conviction's charges was inferred. */
function inferredOnly(charges: readonly PlacedCharge[], keys: (c: PlacedCharge) => string[]): string[] {
  const stated = new Set(charges.filter((c) => c.basis === "stated").flatMap(keys));
  return [...new Set(charges.flatMap(keys))].filter((k) => !stated.has(k)).sort();
}

const placementInputs = z.object({
  id: z.string(),
  plea: storedDate,
  pleaYearFrom: z.string().nullable(),
  evidenceTier: z.enum(evidenceTiers),
  judgments: z.array(z.object({ date: storedDate, yearFrom: z.string().nullable() })),
  // The sentences for it, the one shown first (convictions/rows.cypher orders them the same way).
  prisonTerms: z.array(z.object({ kind: z.enum(termKinds.values), months: z.number().nullable() })),
  defendantName: z.string().nullable(),
  defendantNamed: z.boolean(),
  prosecutionId: z.string().nullable(),
  programs: z.array(z.string()),
  method: z.string().nullable(),
  trialBy: z.enum(["jury", "bench"]).nullable(),
  districtId: z.string().nullable(),
  leadAgencyId: z.string().nullable(),
  leadAgencyKind: z.enum(agencyKinds.values).nullable(),
  leadLineage: z.array(z.string()),
  partnerLineages: z.array(z.array(z.string())),
  charges: z.array(
    z.object({
      statute: z.string().nullable(),
      basis: z.enum(["stated", "inferred"]).nullable(),
      categories: z.array(z.object({ id: z.string(), rank: z.number() })),
    }),
  ),
  supported: z.boolean(),
});

const chargeInputs = z.object({
  id: z.string(),
  statute: z.string().nullable(),
  categories: z.array(z.string()),
  leadLineage: z.array(z.string()),
  supported: z.boolean(),
});

const ids = z.object({ convictions: z.array(z.string()), charges: z.array(z.string()) });

const queries = {
  agencyLineage: defineQuery("derive/agency_lineage", noRows),
  affected: defineQuery("derive/affected", oneRow(ids)),
  everything: defineQuery("derive/everything", oneRow(ids)),
  inputs: defineQuery("derive/placement_inputs", allRows(placementInputs)),
  write: defineQuery("derive/write_placements", noRows),
  chargeInputs: defineQuery("derive/charge_inputs", allRows(chargeInputs)),
  writeCharges: defineQuery("derive/write_charge_placements", noRows),
  unplaced: defineQuery("derive/unplaced", oneRow(ids.extend({ agencies: z.boolean() }))),
};

/** What is placed: convictions and charges, by id. */
export interface Placed {
  convictions: string[];
  charges: string[];
}

/** Labels whose change moves every conviction's placement (lineages, facets). */
const everywhereLabels: ReadonlySet<string> = new Set(["Agency", "Statute", "OffenseCategory"]);

const batchSize = 5_000;

/** The convictions and charges that depend on nodes about to be deleted: place them again after the deletion. */
export async function dependingOn(tx: WriteTransaction, ids: string[]): Promise<Placed> {
  return ids.length === 0 ? { convictions: [], charges: [] } : tx.run(queries.affected, { ids });
}

/**
 * Recomputes what depends on the nodes written, in the writing transaction: agency paths and
 * lineages after any agency is written (`newAgencies` when only new ones were), and the
 * placement of every conviction and charge that depends on a node already in the graph that
 * changed or went (`changed`, with their labels), of those in `also`, and of all of them after
 * an agency, statute or category changes (or with `everything`). Returns how many
 * convictions were placed.
 */
export async function derivePlacements(
  tx: WriteTransaction,
  {
    changed = [],
    also = { convictions: [], charges: [] },
    newAgencies = false,
    everything = false,
  }: { changed?: { id: string; label: string }[]; also?: Placed; newAgencies?: boolean; everything?: boolean },
): Promise<number> {
  if (everything || newAgencies || changed.some((n) => n.label === "Agency")) await tx.run(queries.agencyLineage);
  const found =
    everything || changed.some((n) => everywhereLabels.has(n.label)) ? await tx.run(queries.everything) : await dependingOn(tx, changed.map((n) => n.id));
  const convictions = [...new Set([...found.convictions, ...also.convictions])];
  const charges = [...new Set([...found.charges, ...also.charges])];
  for (let i = 0; i < convictions.length; i += batchSize) {
    const inputs = await tx.run(queries.inputs, { ids: convictions.slice(i, i + batchSize) });
    await tx.run(queries.write, { rows: inputs.map((input) => ({ id: input.id, placement: placementProperties(input) })) });
  }
  for (let i = 0; i < charges.length; i += batchSize) {
    const inputs = await tx.run(queries.chargeInputs, { ids: charges.slice(i, i + batchSize) });
    await tx.run(queries.writeCharges, { rows: inputs.map((input) => ({ id: input.id, placement: chargePlacement(input) })) });
  }
  // Candidate links are drawn from placements: they follow them in the same transaction.
  if (convictions.length > 0) await refreshCandidateLinks(tx);
  return convictions.length;
}

/**
 * Places every conviction, a batch per write transaction: after a first load, which writes
 * the records without their placements. Returns how many convictions were placed.
 */
export async function placeAll(db: QueryRunner, { batch = 20_000, timeoutMs, progress = () => {} }: { batch?: number; timeoutMs: number; progress?: (line: string) => void }): Promise<number> {
  await db.writeTransaction((tx) => tx.run(queries.agencyLineage), { timeoutMs });
  const all = await db.read(queries.everything);
  const batches = Math.max(all.convictions.length, all.charges.length);
  const count = (list: string[], done: number) => `${Math.min(done, list.length).toLocaleString("en-US")} of ${list.length.toLocaleString("en-US")}`;
  for (let i = 0; i < batches; i += batch) {
    const also = { convictions: all.convictions.slice(i, i + batch), charges: all.charges.slice(i, i + batch) };
    await db.writeTransaction((tx) => derivePlacements(tx, { also }), { timeoutMs });
    if (batches > batch) progress(`  placed ${count(all.convictions, i + batch)} convictions and ${count(all.charges, i + batch)} charges`);
  }
  return all.convictions.length;
}

/**
 * Places what has no placement yet: a graph written before placements were stored, at the
 * first start after the upgrade. Returns how many convictions were placed.
 */
export async function placeUnplaced(db: QueryRunner, { timeoutMs }: { timeoutMs: number }): Promise<number> {
  const unplaced = await db.read(queries.unplaced);
  if (unplaced.convictions.length + unplaced.charges.length === 0 && !unplaced.agencies) return 0;
  return db.writeTransaction((tx) => derivePlacements(tx, unplaced.agencies ? { everything: true } : { also: unplaced }), { timeoutMs });
}

/** A charge's stored properties: what the pending charges are counted and filtered by. */
function chargePlacement(input: z.output<typeof chargeInputs>): Record<string, unknown> {
  return { leadLineage: input.leadLineage, facets: facetsOf([input]), categories: [...new Set(input.categories)].sort(), supported: input.supported };
}

/** The stored properties; docs/model.md describes each. */
function placementProperties(input: z.output<typeof placementInputs>): Record<string, unknown> {
  // A day printed without a year: the source whose date gave the year (src/graph/dates.ts).
  const { date, datedBy } = placeConviction({ ...input.plea, yearFrom: input.pleaYearFrom }, input.judgments.map((j) => ({ ...j.date, yearFrom: j.yearFrom })));
  const charges = input.charges.map((c) => ({ statute: c.statute, categories: c.categories.map((k) => k.id) }));
  const family = familyOf(input.charges);
  return {
    placedDate: date.text,
    placedPrecision: date.precision,
    placedFrom: date.from === null ? null : toNeo4jDate(date.from),
    placedTo: date.to === null ? null : toNeo4jDate(date.to),
    placedYearFrom: "yearFrom" in date ? date.yearFrom : null,
    datedBy,
    defendantName: input.defendantName,
    defendantNamed: input.defendantNamed,
    prosecutionId: input.prosecutionId,
    programs: input.programs,
    // Plea, jury or bench verdict, or other: how the caseload figures count it.
    how: input.method === "plea" ? "plea" : input.trialBy ?? "other",
    districtId: input.districtId,
    leadAgencyId: input.leadAgencyId,
    leadAgencyKind: input.leadAgencyKind,
    leadLineage: input.leadLineage,
    partnerLineage: [...new Set(input.partnerLineages.flat())].sort(),
    facets: facetsOf(charges),
    // What "longest sentence first" sorts by: life, then months, then time served, then unknown.
    sentenceKey: sentenceKey(input.prisonTerms[0] ?? null),
    // The same, split and each once: what the unfiltered breakdowns count by.
    statutes: [...new Set(charges.map((c) => c.statute ?? ""))].sort(),
    categories: [...new Set(charges.flatMap((c) => c.categories))].sort(),
    family: family?.family ?? null,
    familyInferred: family?.inferred ?? null,
    inferredStatutes: inferredOnly(input.charges, (c) => (c.statute === null ? [] : [c.statute])),
    inferredCategories: inferredOnly(input.charges, (c) => c.categories.map((k) => k.id)),
    evidenceTier: input.evidenceTier,
    // Seed files are written by hand from the sources they cite.
    reviewed: true,
    supported: input.supported,
  };
}
