/** What a claim says, as compared between a claim and the claim it restates. */
export interface ClaimFacts {
  metric: string;
  value: number | null;
  qualifier: string;
  period: string;
  scopeOffense: string;
  /** The scope agency's abbreviation, or its name. */
  scope: string;
}

export interface ClaimDifference {
  aspect: "scope agency" | "offense scope" | "period" | "metric" | "value" | "qualifier";
  claim: string;
  restated: string;
}

/**
 * Every aspect in which a claim differs from the claim it restates: the same figure with
 * another scope, period or qualifier is the mistake the seed answer makes.
 */
export function claimDifferences(claim: ClaimFacts, restated: ClaimFacts): ClaimDifference[] {
  const aspects: [ClaimDifference["aspect"], unknown, unknown][] = [
    ["scope agency", claim.scope, restated.scope],
    ["offense scope", claim.scopeOffense, restated.scopeOffense],
    ["period", claim.period, restated.period],
    ["metric", claim.metric, restated.metric],
    ["value", claim.value, restated.value],
    ["qualifier", claim.qualifier, restated.qualifier],
  ];
  return aspects
    .filter(([, a, b]) => a !== b)
    .map(([aspect, a, b]) => ({ aspect, claim: String(a), restated: String(b) }));
}
