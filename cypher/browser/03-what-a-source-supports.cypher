// What a source supports
//
// Reverse provenance: every fact that cites one source, as the API's sourceImpact(id) lists
// them. Retracting the source would leave unsupported those facts it is the only source of.
//
// Parameter, with the default (a source's id is on every fact that cites it):
//   :param source => 'src-factually-ice-hsi-convictions-since-2023'
MATCH cited = (fact)-[:CITES]->(s:Source {id: $source})
RETURN cited
