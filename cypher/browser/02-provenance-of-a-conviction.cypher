// The provenance of one conviction
//
// The chain the API's provenance(id) walks, drawn: the conviction, the charges it is on, its
// sentence, the defendant, the prosecution, the investigation, the lead agency and the
// agencies above it, each with the sources that state it.
//
// Parameter, with the default (query 01 shows other conviction ids):
//   :param conviction => 'conv-sdtx-santos-moya'
MATCH path = (c:Conviction {id: $conviction})-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
             -[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(:Agency)-[:PART_OF*0..]->(top:Agency)
WHERE NOT (top)-[:PART_OF]->()
WITH path,
     COLLECT { MATCH charge = (c)-[:ON_CHARGE]->(:Charge) RETURN charge } AS charges,
     COLLECT { MATCH sentence = (:Sentence)-[:FOR_CONVICTION]->(c) RETURN sentence } AS sentences
UNWIND nodes(path) + [p IN charges | last(nodes(p))] + [p IN sentences | head(nodes(p))] AS n
OPTIONAL MATCH cited = (n)-[:CITES]->(:Source)
RETURN path, charges, sentences, collect(cited) AS citations
