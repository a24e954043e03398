// Replaces every candidate link with $links (src/graph/candidate-links.ts draws them): an edge
// from the named conviction to the counted one, with its evidence. Each takes the verdict of
// the latest judgement on its id, which outlives the edge: judgements are kept apart.
CALL () {
  MATCH ()-[old:CANDIDATE_LINK]->()
  DELETE old
}
UNWIND $links AS link
MATCH (n:Conviction {id: link.named}), (k:Conviction {id: link.counted})
CREATE (n)-[r:CANDIDATE_LINK]->(k)
SET r = link.evidence,
    r.id = link.id,
    r.status = coalesce(head(COLLECT { MATCH (j:LinkJudgement {link: link.id}) RETURN j.verdict ORDER BY j.at DESC }), 'open')
