// Records a reviewer's judgement on the candidate $id, apart from the node (reading the
// release again rewrites the node; the judgement stays, keyed by the id), and marks the node.
MATCH (c:ReleaseCandidate {id: $id})
CREATE (j:CandidateJudgement {candidate: $id, verdict: $verdict, by: $by, why: $why, changes: $changes, at: datetime($at)})
SET c.status = $status
RETURN j {.verdict, .by, .why, .changes, at: toString(j.at)} AS judgement
