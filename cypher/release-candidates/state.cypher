// Every press-release candidate with its judgements (oldest first), and the ids judged that
// no candidate has now (a release read again may no longer give a name).
MATCH (c:ReleaseCandidate)
RETURN c.id AS id, c.facts AS facts,
       COLLECT {
         MATCH (j:CandidateJudgement {candidate: c.id})
         RETURN j {.verdict, .by, .why, .changes, at: toString(j.at)} AS judgement ORDER BY j.at
       } AS judgements
ORDER BY c.district, c.published, c.id
