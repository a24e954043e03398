// The provenance of one conviction: from it to the lead agency and its parents, with every
// node's sources. Set the id first, e.g.  :param id => 'conv-sdtx-santos-moya'
MATCH path = (c:Conviction {id: $id})-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
             -[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(:Agency)-[:PART_OF*0..]->(top:Agency)
WHERE NOT (top)-[:PART_OF]->()
UNWIND nodes(path) AS n
OPTIONAL MATCH cited = (n)-[:CITES]->(:Source)
RETURN path, collect(cited) AS citations
