import { claimDifferences, type ClaimFacts } from "../graph/claim-differences.ts";
import { statisticCaveats, type Question } from "../graph/statistic-caveats.ts";
import type { Statistic } from "./generated/resolvers.ts";
import { agency, citations, storedDate, type CitationRow } from "./mappers.ts";

type Props = Record<string, unknown>;

/** A claim as the tally and claims queries return it. */
export interface StatisticResult {
  claim: Props;
  scope: Props & { citations: CitationRow[] };
  scopeRelation: "same" | "parent" | "sub-office" | "unrelated";
  claimant: string;
  claimantSourceKind: string | null;
  restated: Props | null;
  restatedScope: Props | null;
  restatedNote: string | null;
  restatedCitations: CitationRow[];
  citations: CitationRow[];
}

const facts = (claim: Props, scope: Props): ClaimFacts => ({
  metric: String(claim.metric),
  value: (claim.value as number | null) ?? null,
  qualifier: String(claim.qualifier),
  period: String(claim.period),
  scopeOffense: String(claim.scopeOffense),
  scope: String(scope.abbreviation ?? scope.name),
});

/** A claim as the API shows it: its figure, caveats against the question, and discrepancies. */
export function statistic(s: StatisticResult, question: Question): Statistic {
  const period = storedDate(s.claim, "period");
  return {
    id: String(s.claim.id),
    statement: String(s.claim.statement),
    metric: String(s.claim.metric),
    value: (s.claim.value as number | null) ?? null,
    valueText: (s.claim.valueText as string | null) ?? null,
    qualifier: String(s.claim.qualifier),
    period,
    scopeAgency: agency(s.scope, s.scope.citations),
    scopeOffense: String(s.claim.scopeOffense),
    claimant: s.claimant,
    claimantSourceKind: s.claimantSourceKind,
    caveats: statisticCaveats(
      {
        value: (s.claim.value as number | null) ?? null,
        qualifier: String(s.claim.qualifier),
        period: { text: period.text, precision: period.precision, from: period.from, to: period.to },
        scopeOffense: String(s.claim.scopeOffense),
        scopeName: String(s.scope.abbreviation ?? s.scope.name),
        scopeRelation: s.scopeRelation,
        claimant: s.claimant,
        claimantIsSource: s.claimantSourceKind !== null,
      },
      question,
    ),
    restates:
      s.restated === null
        ? null
        : {
            id: String(s.restated.id),
            statement: String(s.restated.statement),
            note: s.restatedNote ?? "",
            citations: citations(s.restatedCitations),
          },
    discrepancies:
      s.restated === null || s.restatedScope === null
        ? []
        : claimDifferences(facts(s.claim, s.scope), facts(s.restated, s.restatedScope)).map(
            (d) => `${d.aspect}: "${d.claim}" where the restated claim has "${d.restated}"`,
          ),
    citations: citations(s.citations),
  };
}
