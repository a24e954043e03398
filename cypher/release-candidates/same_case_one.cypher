// One same-case link by id: the edge when the rule still draws it, and every judgement on it
// (kept apart from the edge, oldest first); no row when neither exists.
OPTIONAL MATCH (a:ReleaseCandidate)-[r:SAME_CASE_CANDIDATE {id: $id}]->(b:ReleaseCandidate)
WITH a, r, b, COLLECT {
  MATCH (j:SameCaseJudgement {link: $id})
  RETURN j {.verdict, .by, .why, at: toString(j.at)} AS judgement ORDER BY j.at
} AS judgements
WHERE r IS NOT NULL OR size(judgements) > 0
RETURN r {.*} AS link, a.id AS a, b.id AS b, a.status AS statusA, b.status AS statusB, judgements
