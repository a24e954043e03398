// A claim that repeats another claim's figure but changes what it means: another scope,
// period, metric, qualifier or value. The seed answer's scope and period slips show here.
MATCH (a:Claim)-[r:RESTATES]->(b:Claim)
MATCH (a)-[:SCOPE_AGENCY]->(scopeA:Agency)
MATCH (b)-[:SCOPE_AGENCY]->(scopeB:Agency)
WITH a, b, r, [
  CASE WHEN scopeA.id <> scopeB.id
    THEN {aspect: 'scope agency', claim: coalesce(scopeA.abbreviation, scopeA.name), restated: coalesce(scopeB.abbreviation, scopeB.name)} END,
  CASE WHEN a.scopeOffense <> b.scopeOffense
    THEN {aspect: 'offense scope', claim: a.scopeOffense, restated: b.scopeOffense} END,
  CASE WHEN a.period <> b.period
    THEN {aspect: 'period', claim: a.period, restated: b.period} END,
  CASE WHEN a.metric <> b.metric
    THEN {aspect: 'metric', claim: a.metric, restated: b.metric} END,
  CASE WHEN coalesce(a.value, -1) <> coalesce(b.value, -1)
    THEN {aspect: 'value', claim: toString(a.value), restated: toString(b.value)} END,
  CASE WHEN a.qualifier <> b.qualifier
    THEN {aspect: 'qualifier', claim: a.qualifier, restated: b.qualifier} END
] AS aspects
WITH a, b, r, [x IN aspects WHERE x IS NOT NULL] AS differences
WHERE size(differences) > 0
RETURN a.id AS claim, b.id AS restates, a.statement AS statement, b.statement AS restatedStatement,
       r.note AS note, differences
ORDER BY claim
