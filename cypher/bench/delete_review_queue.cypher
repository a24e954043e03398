// Empties the review benchmark's own database of the candidates and judgements an earlier run left.
MATCH (n)
WHERE n:ReleaseCandidate OR n:CandidateJudgement OR n:SameCaseJudgement
DETACH DELETE n
