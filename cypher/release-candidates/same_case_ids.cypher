// Every same-case link id a reviewer may name: those the rule draws now and those judged before.
RETURN COLLECT { MATCH (:ReleaseCandidate)-[r:SAME_CASE_CANDIDATE]->(:ReleaseCandidate) RETURN r.id AS id
                 UNION MATCH (j:SameCaseJudgement) RETURN j.link AS id } AS ids
