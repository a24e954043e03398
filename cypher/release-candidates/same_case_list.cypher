// The same-case links with $status, or all when it is null: each with its evidence, both
// candidates' statuses and every judgement on it (oldest first). By district, the earlier
// release's date, then id.
MATCH (a:ReleaseCandidate)-[r:SAME_CASE_CANDIDATE]->(b:ReleaseCandidate)
WHERE $status IS NULL OR r.status = $status
RETURN r {.*} AS link, a.id AS a, b.id AS b, a.status AS statusA, b.status AS statusB,
       COLLECT {
         MATCH (j:SameCaseJudgement {link: r.id})
         RETURN j {.verdict, .by, .why, at: toString(j.at)} AS judgement ORDER BY j.at
       } AS judgements
ORDER BY r.district, r.publishedA, r.id
