import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { caseloadAgencyFor } from "./caseload-agencies.ts";
import { caseloadCaveats, caseloadPrograms, summarizeLed, type ProgramFigures } from "./caseload-figures.ts";
import { sourceNode } from "./columns.ts";
import { windowBounds, type Window } from "./window.ts";

/**
 * The question's population figures from loaded caseload releases (evidence tier counted):
 * per program, the defendants convicted in the window with the agency's caseload agency as
 * lead, and as lead or partner, by statute, how and year. The named-case tally never counts
 * these records; this is their own count.
 */
export interface CaseloadTally {
  /** The agency the figures are for (the nearest at or above the one asked about with a caseload code), or null. */
  agencyId: string | null;
  code: string | null;
  caveats: string[];
  programs: CaseloadProgramTally[];
  /** The releases the figures come from. */
  releases: z.output<typeof sourceNode>[];
}

/**
 * A program's figures as the graph gives them (sealed counts are not written to it), with
 * coverage: of the convictions led, those an accepted link ties to a named case, in all and
 * per statute. Both sides of the share have the same scope.
 */
export type CaseloadProgramTally = Omit<ProgramFigures, "sealedOnly" | "byStatute"> & {
  byStatute: (ProgramFigures["byStatute"][number] & { linkedToNamedCases: number })[];
  linkedToNamedCases: number;
};

const figures = defineQuery(
  "caseload/figures",
  allRows(
    z.object({
      program: z.string(),
      led: z.array(z.object({ statutes: z.array(z.string().nullable()), how: z.enum(["plea", "jury", "bench", "other"]), year: z.number(), linked: z.boolean() })),
      participated: z.number(),
      notPlaceable: z.number(),
      releases: z.array(sourceNode),
    }),
  ),
  { heavy: true },
);

export const defaultCaseloadPrograms = ["080", "05E"];

export async function caseloadTally(db: QueryRunner, { lineage, window, programs = defaultCaseloadPrograms }: { lineage: readonly string[]; window: Window; programs?: readonly string[] }): Promise<CaseloadTally> {
  const target = caseloadAgencyFor(lineage);
  if (target === null) {
    return { agencyId: null, code: null, caveats: ["No agency at or above this one has a code in the caseload data: there is no caseload figure for it (not zero)."], programs: [], releases: [] };
  }
  const rows = await db.read(figures, { agency: target.agencyId, programs: [...programs], ...windowBounds(window) });
  const releases = new Map(rows.flatMap((r) => r.releases).map((s) => [s.id, s]));
  return {
    agencyId: target.agencyId,
    code: target.code,
    caveats: [
      ...(lineage[0] !== target.agencyId ? [`The caseload data have no code for ${lineage[0]}: these are the figures of ${target.agencyId} (${target.code}), the nearest agency above it with one.`] : []),
      ...caseloadCaveats(target.code),
      "Only releases loaded with npm run ingest:lions are counted.",
    ],
    programs: rows.map((r) => {
      const led = r.led.map((c) => ({ ...c, statutes: [...new Set(c.statutes.filter((s): s is string => s !== null))] }));
      const summary = summarizeLed(led);
      return {
        code: r.program,
        name: caseloadPrograms[r.program] ?? null,
        convictionsLed: led.length,
        convictionsParticipated: r.participated,
        ...summary,
        byStatute: summary.byStatute.map((s) => ({ ...s, linkedToNamedCases: led.filter((c) => c.linked && c.statutes.includes(s.statute)).length })),
        linkedToNamedCases: led.filter((c) => c.linked).length,
        notPlaceable: r.notPlaceable,
      };
    }),
    releases: [...releases.values()],
  };
}

