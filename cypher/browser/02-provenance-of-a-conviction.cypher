// The provenance of one conviction
//
// The chain of the API's provenance(id), drawn for one conviction: the conviction, the charges
// it is on, its sentence, the defendant, the prosecution, the investigation, its partner
// agencies, the lead agency and the agencies above it, each with the sources that state it.
//
// Parameter, with the default (query 01 shows other conviction ids):
//   :param conviction => 'conv-sdtx-santos-moya'
MATCH path = (c:Conviction {id: $conviction})-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
             -[:ARISES_FROM]->(inv:Investigation)-[:LED_BY]->(:Agency)-[:PART_OF*0..]->(top:Agency)
WHERE NOT (top)-[:PART_OF]->()
WITH path,
     COLLECT { MATCH charge = (c)-[:ON_CHARGE]->(:Charge) RETURN charge } AS charges,
     COLLECT { MATCH sentence = (:Sentence)-[:FOR_CONVICTION]->(c) RETURN sentence } AS sentences,
     COLLECT { MATCH partner = (inv)-[:PARTNERED_WITH]->(:Agency) RETURN partner } AS partners
UNWIND nodes(path) + [p IN charges | last(nodes(p))] + [p IN sentences | head(nodes(p))] + [p IN partners | last(nodes(p))] AS n
OPTIONAL MATCH cited = (n)-[:CITES]->(:Source)
RETURN path, charges, sentences, partners, collect(cited) AS citations
