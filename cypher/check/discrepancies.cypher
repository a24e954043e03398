// Claims that restate another claim, with what each says; src/graph/claim-differences.ts
// compares them, and the ones that differ are reported.
MATCH (a:Claim)-[r:RESTATES]->(b:Claim)
MATCH (a)-[:SCOPE_AGENCY]->(scopeA:Agency)
MATCH (b)-[:SCOPE_AGENCY]->(scopeB:Agency)
RETURN a.id AS claim, b.id AS restates, a.statement AS statement, b.statement AS restatedStatement, r.note AS note,
       a{.metric, .value, .qualifier, .period, .scopeOffense, scope: coalesce(scopeA.abbreviation, scopeA.name)} AS claimFacts,
       b{.metric, .value, .qualifier, .period, .scopeOffense, scope: coalesce(scopeB.abbreviation, scopeB.name)} AS restatedFacts
ORDER BY claim
