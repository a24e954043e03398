import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { claimDifferences } from "./claim-differences.ts";
import { claimQualifiers, offenseScopes } from "./vocabulary.ts";

const claimFacts = z.object({
  metric: z.string(),
  value: z.number().nullable(),
  qualifier: z.enum(claimQualifiers.values),
  period: z.string(),
  scopeOffense: z.enum(offenseScopes.values),
  scope: z.string(),
});

const queries = {
  factsWithoutSource: defineQuery("check/facts_without_source", allRows(z.object({ label: z.string(), id: z.string() }))),
  uncitedSources: defineQuery("check/uncited_sources", allRows(z.object({ id: z.string(), title: z.string() }))),
  danglingReferences: defineQuery("check/dangling_references", allRows(z.object({ label: z.string(), id: z.string(), problem: z.string() }))),
  eventsAfterSource: defineQuery("check/events_after_source", allRows(z.object({ id: z.string(), source: z.string(), problem: z.string() }))),
  conflictingFigures: defineQuery(
    "check/conflicting_figures",
    allRows(
      z.object({
        metric: z.string(),
        period: z.string(),
        scopeAgency: z.string(),
        scopeOffense: z.string(),
        claims: z.array(z.object({ claim: z.string(), value: z.number(), qualifier: z.string() })),
      }),
    ),
  ),
  discrepancies: defineQuery(
    "check/discrepancies",
    allRows(
      z.object({
        claim: z.string(),
        restates: z.string(),
        statement: z.string(),
        restatedStatement: z.string(),
        note: z.string(),
        claimFacts,
        restatedFacts: claimFacts,
      }),
    ),
  ),
};

type Rows<K extends keyof typeof queries> = Awaited<ReturnType<(typeof queries)[K]["decode"]>>;

export interface QualityReport {
  /** Problems: the data is wrong or incomplete. */
  factsWithoutSource: Rows<"factsWithoutSource">;
  uncitedSources: Rows<"uncitedSources">;
  danglingReferences: Rows<"danglingReferences">;
  eventsAfterSource: Rows<"eventsAfterSource">;
  /** Findings: the sources disagree, or a claim misstates the one it repeats. */
  conflictingFigures: Rows<"conflictingFigures">;
  discrepancies: (Omit<Rows<"discrepancies">[number], "claimFacts" | "restatedFacts"> & { differences: ReturnType<typeof claimDifferences> })[];
}

/** `npm run check`: the data-quality report over the whole graph. */
export async function qualityReport(db: QueryRunner): Promise<QualityReport> {
  const [factsWithoutSource, uncitedSources, danglingReferences, eventsAfterSource, conflictingFigures, discrepancies] = await Promise.all([
    db.read(queries.factsWithoutSource),
    db.read(queries.uncitedSources),
    db.read(queries.danglingReferences),
    db.read(queries.eventsAfterSource),
    db.read(queries.conflictingFigures),
    db.read(queries.discrepancies),
  ]);
  return {
    factsWithoutSource,
    uncitedSources,
    danglingReferences,
    eventsAfterSource,
    conflictingFigures,
    discrepancies: discrepancies
      .map(({ claimFacts: a, restatedFacts: b, ...pair }) => ({ ...pair, differences: claimDifferences(a, b) }))
      .filter((pair) => pair.differences.length > 0),
  };
}

export function reportHasProblems(report: QualityReport): boolean {
  return (
    report.factsWithoutSource.length +
      report.uncitedSources.length +
      report.danglingReferences.length +
      report.eventsAfterSource.length >
    0
  );
}

export function formatQualityReport(report: QualityReport): string {
  const section = <T>(title: string, rows: T[], line: (row: T) => string) =>
    [`${title}: ${rows.length === 0 ? "none" : rows.length}`, ...rows.map((row) => `  - ${line(row)}`)].join("\n");
  return [
    "Problems",
    section("Facts without a source", report.factsWithoutSource, (r) => `${r.label} ${r.id}`),
    section("Sources nothing cites", report.uncitedSources, (r) => `${r.id} (${r.title})`),
    section("Dangling references", report.danglingReferences, (r) => `${r.label} ${r.id}: ${r.problem}`),
    section("Events dated after the source that reports them", report.eventsAfterSource, (r) => `${r.id} (source ${r.source}): ${r.problem}`),
    "",
    "Findings",
    section("Conflicting figures for the same metric, period and scope", report.conflictingFigures, (r) =>
      `${r.metric}, ${r.period}, ${r.scopeAgency}, ${r.scopeOffense}: ${r.claims.map((c) => `${c.claim} = ${c.value}`).join("; ")}`,
    ),
    section("Discrepancies between a claim and the claim it restates", report.discrepancies, (r) =>
      [
        `${r.claim} restates ${r.restates}`,
        `      claim:    ${r.statement}`,
        `      restated: ${r.restatedStatement}`,
        ...r.differences.map((d) => `      ${d.aspect}: "${d.claim}" where the restated claim has "${d.restated}"`),
        `      note: ${r.note}`,
      ].join("\n"),
    ),
  ].join("\n");
}
