// The judgements on the candidates $ids, oldest first: a candidate read again gets back those
// made before, also when the release gave it no more for a while.
UNWIND $ids AS id
RETURN id, COLLECT {
         MATCH (j:CandidateJudgement {candidate: id})
         RETURN j {.verdict, .by, .why, .changes, at: toString(j.at)} AS judgement ORDER BY j.at
       } AS judgements
