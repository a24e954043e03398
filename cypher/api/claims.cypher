// Claims by claimant, metric and scope agency (each filter optional), with what the
// statistic mapping needs: scope, how the scope relates to $agency, claimant, the claim it
// restates, and citations.
MATCH (root:Agency {id: $agency})
MATCH (claim:Claim)-[:SCOPE_AGENCY]->(scope:Agency)
WHERE ($metric IS NULL OR claim.metric = $metric)
  AND ($period IS NULL OR claim.period = $period)
  AND ($scopeAgency IS NULL OR scope.id = $scopeAgency)
  AND ($claimant IS NULL OR EXISTS { (claim)-[:CLAIMED_BY]->({id: $claimant}) })
OPTIONAL MATCH (claim)-[r:RESTATES]->(restated:Claim)-[:SCOPE_AGENCY]->(restatedScope:Agency)
RETURN claim{.*} AS claim,
       scope{.*,
         path: head([p = (scope)-[:PART_OF*0..]->(top) WHERE NOT (top)-[:PART_OF]->() | reverse([n IN nodes(p) | coalesce(n.abbreviation, n.name)])]),
         citations: [(scope)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]} AS scope,
       CASE WHEN scope = root THEN 'same' WHEN (root)-[:PART_OF*]->(scope) THEN 'parent'
            WHEN (scope)-[:PART_OF*]->(root) THEN 'sub-office' ELSE 'unrelated' END AS scopeRelation,
       root{.name, .abbreviation} AS agency,
       head([(claim)-[:CLAIMED_BY]->(x) | CASE WHEN x:Source THEN coalesce(x.publisher, x.title) ELSE x.name END]) AS claimant,
       head([(claim)-[:CLAIMED_BY]->(x:Source) | x.kind]) AS claimantSourceKind,
       restated{.*} AS restated,
       restatedScope{.*} AS restatedScope,
       r.note AS restatedNote,
       [(restated)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] AS restatedCitations,
       [(claim)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] AS citations
ORDER BY claim.id
