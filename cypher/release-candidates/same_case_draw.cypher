// Replaces every same-case candidate link with $links, drawn by src/graph/same-case-links.ts
// from the candidates as reviewed: an edge from the earlier release's candidate to the later
// one's, with its evidence and the status its judgements give (SameCaseJudgement nodes, kept
// apart from the edge, so that drawing again loses none).
CALL () {
  MATCH (:ReleaseCandidate)-[old:SAME_CASE_CANDIDATE]->(:ReleaseCandidate)
  DELETE old
}
UNWIND $links AS link
MATCH (a:ReleaseCandidate {id: link.a}), (b:ReleaseCandidate {id: link.b})
CREATE (a)-[r:SAME_CASE_CANDIDATE]->(b)
SET r = link.evidence, r.id = link.id, r.status = link.status
