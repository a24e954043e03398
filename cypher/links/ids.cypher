// Every link id a reviewer may name: those the rule draws now and those judged before.
RETURN COLLECT { MATCH ()-[r:CANDIDATE_LINK]->() RETURN r.id AS id
                 UNION MATCH (j:LinkJudgement) RETURN j.link AS id } AS ids
