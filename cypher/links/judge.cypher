// Records a reviewer's judgement on the candidate link $id, apart from the edge (a reload
// draws the edge again; the judgement stays, keyed by the link's id), and marks the edge.
MATCH (n:Conviction)-[r:CANDIDATE_LINK {id: $id}]->(k:Conviction)
CREATE (j:LinkJudgement {link: $id, named: n.id, caseloadKey: r.caseloadKey, verdict: $verdict, by: $by, why: $why, at: datetime()})
SET r.status = $verdict
RETURN j {.verdict, .by, .why, at: toString(j.at)} AS judgement
