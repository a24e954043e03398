// The candidate links (src/graph/candidate-links.ts), with $status or all when it is null:
// each with its evidence, both convictions as a reviewer first needs them, every judgement on
// it (oldest first) and both convictions' citations. Named convictions by district and date,
// then their candidates by caseload key.
MATCH (n:Conviction)-[r:CANDIDATE_LINK]->(k:Conviction)
WHERE $status IS NULL OR r.status = $status
RETURN r {.*} AS link, n.id AS named, n.defendantName AS defendantName, k.id AS counted,
       COLLECT {
         MATCH (j:LinkJudgement {link: r.id})
         RETURN j {.verdict, .by, .why, at: toString(j.at)} AS judgement ORDER BY j.at
       } AS judgements,
       [(n)-[c:CITES]->(s:Source) | {locator: c.locator, supports: c.supports, source: s {.*}}] AS namedCitations,
       [(k)-[c:CITES]->(s:Source) | {locator: c.locator, supports: c.supports, source: s {.*}}] AS countedCitations
ORDER BY n.districtId, n.placedFrom, n.id, r.caseloadKey
