// Claims (published figures) by claimant, metric, period and scope agency (each filter
// optional), or only those whose scope is $agency, a parent or a sub-office of it ($related),
// with what src/graph/claims.ts needs: the scope and how it relates to $agency, the claimant,
// the claim restated, and the citations of the claim, its scope and the restated claim.
MATCH (root:Agency {id: $agency})
MATCH (claim:Claim)-[:SCOPE_AGENCY]->(scope:Agency)
WHERE ($metric IS NULL OR claim.metric = $metric)
  AND ($period IS NULL OR claim.period = $period)
  AND ($scopeAgency IS NULL OR scope.id = $scopeAgency)
  AND ($claimant IS NULL OR EXISTS { (claim)-[:CLAIMED_BY]->(:Entity {id: $claimant}) })
  AND (NOT $related OR root.id IN scope.lineage OR scope.id IN root.lineage)
OPTIONAL MATCH (claim)-[r:RESTATES]->(restated:Claim)-[:SCOPE_AGENCY]->(restatedScope:Agency)
RETURN claim{.*} AS claim,
       scope{.*} AS scope,
       CASE WHEN scope = root THEN 'same' WHEN scope.id IN root.lineage THEN 'parent'
            WHEN root.id IN scope.lineage THEN 'sub-office' ELSE 'unrelated' END AS scopeRelation,
       root{.name, .abbreviation} AS agency,
       head([(claim)-[:CLAIMED_BY]->(x) | CASE WHEN x:Source THEN coalesce(x.publisher, x.title) ELSE x.name END]) AS claimant,
       head([(claim)-[:CLAIMED_BY]->(x:Source) | x.kind]) AS claimantSourceKind,
       restated{.*} AS restated,
       restatedScope{.abbreviation, .name} AS restatedScope,
       r.note AS restatedNote,
       COLLECT {
         UNWIND [n IN [claim, scope, restated] WHERE n IS NOT NULL] AS n
         MATCH (n)-[cite:CITES]->(s:Source)
         RETURN {of: n.id, locator: cite.locator, supports: cite.supports, source: s{.*}} AS citation
       } AS citations
ORDER BY claim.id
