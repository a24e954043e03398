// One link by id: the candidate edge when the rule still draws it, and every judgement on it
// (kept apart from the edge, oldest first), with both convictions' sources.
OPTIONAL MATCH (n:Conviction)-[r:CANDIDATE_LINK {id: $id}]->(k:Conviction)
WITH n, r, k, COLLECT {
  MATCH (j:LinkJudgement {link: $id})
  RETURN j {.verdict, .by, .why, at: toString(j.at)} AS judgement ORDER BY j.at
} AS judgements
WHERE r IS NOT NULL OR size(judgements) > 0
RETURN r {.*} AS link, n.id AS named, n.defendantName AS defendantName, k.id AS counted, judgements,
       [(n)-[c:CITES]->(s:Source) | {locator: c.locator, supports: c.supports, source: s {.*}}] AS namedCitations,
       [(k)-[c:CITES]->(s:Source) | {locator: c.locator, supports: c.supports, source: s {.*}}] AS countedCitations
