// The judgements on the same-case links $ids, oldest first.
UNWIND $ids AS id
RETURN id, COLLECT {
         MATCH (j:SameCaseJudgement {link: id})
         RETURN j {.verdict, .by, .why, at: toString(j.at)} AS judgement ORDER BY j.at
       } AS judgements
