// The candidate links (src/graph/candidate-links.ts), with $status or all when it is null:
// each with its evidence and both convictions as a reviewer first needs them. Named
// convictions by district and date, then their candidates by caseload key.
MATCH (n:Conviction)-[r:CANDIDATE_LINK]->(k:Conviction)
WHERE $status IS NULL OR r.status = $status
RETURN r {.*} AS link, n.id AS named, n.defendantName AS defendantName, k.id AS counted
ORDER BY n.districtId, n.placedFrom, n.id, r.caseloadKey
