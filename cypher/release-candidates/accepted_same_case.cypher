// The accepted same-case links between press-release candidates: the pairs that are one case.
MATCH (a:ReleaseCandidate)-[r:SAME_CASE_CANDIDATE {status: 'accepted'}]->(b:ReleaseCandidate)
RETURN a.id AS a, b.id AS b
