// Reverse provenance: everything one source supports. Set the id first, e.g.
// :param id => 'src-factually-ice-hsi-convictions-since-2023'
MATCH cited = (fact)-[:CITES]->(s:Source {id: $id})
RETURN cited
