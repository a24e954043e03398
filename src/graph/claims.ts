import { z } from "zod";
import { allRows, defineQuery } from "../db/query.ts";
import type { QueryRunner } from "../db/query-runner.ts";
import { claimDifferences, type ClaimDifference, type ClaimFacts } from "./claim-differences.ts";
import { agencyNode, citationOf, dateOf, orNull, sortCitations, type Agency, type Citation } from "./columns.ts";
import type { PreciseDate } from "./dates.ts";
import { statisticCaveats } from "./statistic-caveats.ts";
import { claimQualifiers, offenseScopes, sourceKinds, type ValueOf } from "./vocabulary.ts";
import type { Window } from "./window.ts";

/**
 * Published figures (claims): what each counts, why it does not answer the question as
 * asked (its caveats), and where it differs from the figure it restates (its discrepancies).
 */
export interface Statistic {
  id: string;
  statement: string;
  metric: string;
  value: number | null;
  valueText: string | null;
  qualifier: ValueOf<typeof claimQualifiers>;
  period: PreciseDate;
  scopeAgency: Agency;
  scopeOffense: ValueOf<typeof offenseScopes>;
  claimant: string;
  claimantSourceKind: ValueOf<typeof sourceKinds> | null;
  caveats: string[];
  restates: { id: string; statement: string; note: string; citations: Citation[] } | null;
  discrepancies: string[];
  /** The discrepancies, one aspect each, with both values. */
  differences: ClaimDifference[];
  citations: Citation[];
}

export interface ClaimFilter {
  claimant: string | null;
  metric: string | null;
  period: string | null;
  scopeAgency: string | null;
  /** Only claims whose scope is the question's agency, a parent or a sub-office of it. */
  relatedOnly: boolean;
}

/** The question the caveats are stated against. */
export interface Question {
  agency: string;
  window: Window;
}

const claimProps = z.looseObject({
  id: z.string(),
  statement: z.string(),
  metric: z.string(),
  value: orNull(z.number()),
  valueText: orNull(z.string()),
  qualifier: z.enum(claimQualifiers.values),
  scopeOffense: z.enum(offenseScopes.values),
  period: z.string(),
});

const row = z.object({
  claim: claimProps,
  scope: agencyNode,
  scopeRelation: z.enum(["same", "parent", "sub-office", "unrelated"]),
  agency: z.object({ name: z.string(), abbreviation: z.string().nullable().optional() }),
  claimant: z.string(),
  claimantSourceKind: z.enum(sourceKinds.values).nullable(),
  restated: claimProps.nullable(),
  restatedScope: z.object({ name: z.string(), abbreviation: z.string().nullable().optional() }).nullable(),
  restatedNote: z.string().nullable(),
  citations: z.array(citationOf),
});

const claimsQuery = defineQuery("claims/claims", allRows(row));

/** Claims the filter keeps, by id, each with its caveats against the question. */
export async function claims(db: QueryRunner, filter: ClaimFilter, question: Question): Promise<Statistic[]> {
  const rows = await db.read(claimsQuery, {
    agency: question.agency,
    claimant: filter.claimant,
    metric: filter.metric,
    period: filter.period,
    scopeAgency: filter.scopeAgency,
    related: filter.relatedOnly,
  });
  return rows.map((r) => statistic(r, question));
}

const shown = (agency: { name: string; abbreviation?: string | null | undefined }) => agency.abbreviation ?? agency.name;

const facts = (claim: z.output<typeof claimProps>, scope: { name: string; abbreviation?: string | null | undefined }): ClaimFacts => ({
  metric: claim.metric,
  value: claim.value,
  qualifier: claim.qualifier,
  period: claim.period,
  scopeOffense: claim.scopeOffense,
  scope: shown(scope),
});

function statistic(r: z.output<typeof row>, question: Question): Statistic {
  const cited = (id: string | undefined) => sortCitations(r.citations.filter((c) => c.of === id));
  const period = dateOf(r.claim, "period");
  const differences = r.restated === null || r.restatedScope === null ? [] : claimDifferences(facts(r.claim, r.scope), facts(r.restated, r.restatedScope));
  return {
    id: r.claim.id,
    statement: r.claim.statement,
    metric: r.claim.metric,
    value: r.claim.value,
    valueText: r.claim.valueText,
    qualifier: r.claim.qualifier,
    period,
    scopeAgency: { ...r.scope, citations: cited(r.scope.id) },
    scopeOffense: r.claim.scopeOffense,
    claimant: r.claimant,
    claimantSourceKind: r.claimantSourceKind,
    caveats: statisticCaveats(
      {
        value: r.claim.value,
        qualifier: r.claim.qualifier,
        period,
        scopeOffense: r.claim.scopeOffense,
        scopeName: shown(r.scope),
        scopeRelation: r.scopeRelation,
        claimant: r.claimant,
        claimantIsSource: r.claimantSourceKind !== null,
      },
      { agencyName: shown(r.agency), window: question.window },
    ),
    restates: r.restated === null ? null : { id: r.restated.id, statement: r.restated.statement, note: r.restatedNote ?? "", citations: cited(r.restated.id) },
    discrepancies: differences.map((d) => `${d.aspect}: "${d.claim}" where the restated claim has "${d.restated}"`),
    differences,
    citations: cited(r.claim.id),
  };
}
