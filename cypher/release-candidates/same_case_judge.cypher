// Records a reviewer's judgement on the same-case link $id, apart from the edge (every store
// and judgement draws the edges again; the judgement stays, keyed by the link's id).
CREATE (j:SameCaseJudgement {link: $id, earlier: $a, later: $b, verdict: $verdict, by: $by, why: $why, at: datetime($at)})
RETURN j {.verdict, .by, .why, at: toString(j.at)} AS judgement
