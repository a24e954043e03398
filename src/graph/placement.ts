import { z } from "zod";
import { allRows, defineQuery, noRows, oneRow } from "../db/query.ts";
import type { QueryRunner, WriteTransaction } from "../db/query-runner.ts";
import { storedDate } from "./columns.ts";
import { toNeo4jDate, type PreciseDate } from "./dates.ts";
import { agencyKinds, type datedBy, type ValueOf } from "./vocabulary.ts";

/**
 * A conviction's placement: what dates it and what the tally filters by, computed when
 * anything it derives from is written and stored on the conviction, so that the window and
 * the filters are answered from its own properties and indexes.
 *
 * The dating rule (docs/model.md): a conviction is dated by its plea or verdict; when only the
 * judgment at sentencing is dated, by the earliest such judgment, since the judgment of
 * conviction is entered then; otherwise it is undated. The date keeps its precision.
 */
export interface Placement {
  date: PreciseDate;
  datedBy: ValueOf<typeof datedBy> | null;
}

export function placeConviction(plea: PreciseDate, judgments: PreciseDate[]): Placement {
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
export function facetsOf(charges: { statute: string | null; categories: string[] }[]): string[] {
  const facets = charges.flatMap((c) => (c.categories.length === 0 ? [`${c.statute ?? ""}|`] : c.categories.map((k) => `${c.statute ?? ""}|${k}`)));
  return [...new Set(facets)].sort();
}

const placementInputs = z.object({
  id: z.string(),
  plea: storedDate,
  judgments: z.array(storedDate),
  defendantName: z.string().nullable(),
  defendantNamed: z.boolean(),
  prosecutionId: z.string().nullable(),
  districtId: z.string().nullable(),
  leadAgencyId: z.string().nullable(),
  leadAgencyKind: z.enum(agencyKinds.values).nullable(),
  leadLineage: z.array(z.string()),
  partnerLineages: z.array(z.array(z.string())),
  charges: z.array(z.object({ statute: z.string().nullable(), categories: z.array(z.string()) })),
  supported: z.boolean(),
});

const queries = {
  agencyLineage: defineQuery("derive/agency_lineage", noRows),
  affected: defineQuery("derive/affected_convictions", oneRow(z.object({ ids: z.array(z.string()) }))),
  all: defineQuery("derive/all_convictions", oneRow(z.object({ ids: z.array(z.string()) }))),
  inputs: defineQuery("derive/placement_inputs", allRows(placementInputs)),
  write: defineQuery("derive/write_placements", noRows),
  unplaced: defineQuery("derive/unplaced", oneRow(z.object({ convictions: z.array(z.string()), agencies: z.boolean() }))),
};

/** Labels whose change moves every conviction's placement (lineages, facets). */
const everywhereLabels: ReadonlySet<string> = new Set(["Agency", "Statute", "OffenseCategory"]);

const batchSize = 5_000;

/** The convictions that depend on nodes about to be deleted: place them again after the deletion. */
export async function convictionsDependingOn(tx: WriteTransaction, ids: string[]): Promise<string[]> {
  return ids.length === 0 ? [] : (await tx.run(queries.affected, { ids })).ids;
}

/**
 * Recomputes what depends on the nodes written, in the writing transaction: agency paths and
 * lineages after any agency is written (`newAgencies` when only new ones were), and the
 * placement of every conviction that depends on a node already in the graph that changed or
 * went (`changed`, with their labels), of those in `also`, and of all of them after an
 * agency, statute or category changes (or with `everything`). Returns how many convictions
 * were placed.
 */
export async function derivePlacements(
  tx: WriteTransaction,
  {
    changed = [],
    also = [],
    newAgencies = false,
    everything = false,
  }: { changed?: { id: string; label: string }[]; also?: string[]; newAgencies?: boolean; everything?: boolean },
): Promise<number> {
  if (everything || newAgencies || changed.some((n) => n.label === "Agency")) await tx.run(queries.agencyLineage);
  const ids =
    everything || changed.some((n) => everywhereLabels.has(n.label))
      ? (await tx.run(queries.all)).ids
      : [...new Set([...(await convictionsDependingOn(tx, changed.map((n) => n.id))), ...also])];
  for (let i = 0; i < ids.length; i += batchSize) {
    const inputs = await tx.run(queries.inputs, { ids: ids.slice(i, i + batchSize) });
    await tx.run(queries.write, { rows: inputs.map((input) => ({ id: input.id, placement: placementProperties(input) })) });
  }
  return ids.length;
}

/**
 * Places what has no placement yet: a graph written before placements were stored, at the
 * first start after the upgrade. Returns how many convictions were placed.
 */
export async function placeUnplaced(db: QueryRunner, { timeoutMs }: { timeoutMs: number }): Promise<number> {
  const unplaced = await db.read(queries.unplaced);
  if (unplaced.convictions.length === 0 && !unplaced.agencies) return 0;
  return db.writeTransaction((tx) => derivePlacements(tx, unplaced.agencies ? { everything: true } : { also: unplaced.convictions }), { timeoutMs });
}

/** The stored properties; docs/model.md describes each. */
function placementProperties(input: z.output<typeof placementInputs>): Record<string, unknown> {
  const { date, datedBy } = placeConviction(input.plea, input.judgments);
  return {
    placedDate: date.text,
    placedPrecision: date.precision,
    placedFrom: date.from === null ? null : toNeo4jDate(date.from),
    placedTo: date.to === null ? null : toNeo4jDate(date.to),
    datedBy,
    defendantName: input.defendantName,
    defendantNamed: input.defendantNamed,
    prosecutionId: input.prosecutionId,
    districtId: input.districtId,
    leadAgencyId: input.leadAgencyId,
    leadAgencyKind: input.leadAgencyKind,
    leadLineage: input.leadLineage,
    partnerLineage: [...new Set(input.partnerLineages.flat())].sort(),
    facets: facetsOf(input.charges),
    // Every fact in the graph today comes from a public announcement (a press release, a
    // report, a court page read by hand); the caseload data (LIONS) will add `counted`.
    evidenceTier: "announced",
    // Seed files are written by hand from the sources they cite.
    reviewed: true,
    supported: input.supported,
  };
}
