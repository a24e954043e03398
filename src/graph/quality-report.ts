import type { Driver } from "neo4j-driver";
import { cypher } from "../db/cypher.ts";
import { claimDifferences, type ClaimDifference, type ClaimFacts } from "./claim-differences.ts";

export interface QualityReport {
  /** Problems: the data is wrong or incomplete. */
  factsWithoutSource: { label: string; id: string }[];
  uncitedSources: { id: string; title: string }[];
  danglingReferences: { label: string; id: string; problem: string }[];
  eventsAfterSource: { id: string; source: string; problem: string }[];
  /** Findings: the sources disagree, or a claim misstates the one it repeats. */
  conflictingFigures: {
    metric: string;
    period: string;
    scopeAgency: string;
    scopeOffense: string;
    claims: { claim: string; value: number; qualifier: string }[];
  }[];
  discrepancies: {
    claim: string;
    restates: string;
    statement: string;
    restatedStatement: string;
    note: string;
    differences: ClaimDifference[];
  }[];
}

const queries = {
  factsWithoutSource: "check/facts_without_source",
  uncitedSources: "check/uncited_sources",
  danglingReferences: "check/dangling_references",
  eventsAfterSource: "check/events_after_source",
  conflictingFigures: "check/conflicting_figures",
  discrepancies: "check/discrepancies",
} as const;

/** `npm run check`: the data-quality report over the whole graph. */
export async function qualityReport(driver: Driver, database: string): Promise<QualityReport> {
  const entries = await Promise.all(
    Object.entries(queries).map(async ([key, name]) => {
      const { records } = await driver.executeQuery(cypher(name), {}, { database, routing: "READ" });
      return [key, records.map((r) => r.toObject())] as const;
    }),
  );
  const report = Object.fromEntries(entries) as Record<keyof typeof queries, Record<string, unknown>[]>;
  return {
    ...(report as unknown as QualityReport),
    discrepancies: report.discrepancies
      .map(({ claimFacts, restatedFacts, ...pair }) => ({
        ...(pair as Omit<QualityReport["discrepancies"][number], "differences">),
        differences: claimDifferences(claimFacts as ClaimFacts, restatedFacts as ClaimFacts),
      }))
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
