// The convictions whose stored placement depends on any of the nodes $ids: the conviction
// itself, a sentence for it, a charge it is on, its defendant, the prosecution and the
// investigation above it, and a source that it or its sentence cites.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  WITH n WHERE n:Conviction
  RETURN n AS c
  UNION
  MATCH (n)-[:FOR_CONVICTION]->(c:Conviction)
  RETURN c
  UNION
  MATCH (n)<-[:ON_CHARGE|CONVICTS]-(c:Conviction)
  RETURN c
  UNION
  MATCH (n:Prosecution)<-[:DEFENDANT_IN]-(:Defendant)<-[:CONVICTS]-(c:Conviction)
  RETURN c
  UNION
  MATCH (n:Investigation)<-[:ARISES_FROM]-(:Prosecution)<-[:DEFENDANT_IN]-(:Defendant)<-[:CONVICTS]-(c:Conviction)
  RETURN c
  UNION
  MATCH (n:Source)<-[:CITES]-(c:Conviction)
  RETURN c
  UNION
  MATCH (n:Source)<-[:CITES]-(:Sentence)-[:FOR_CONVICTION]->(c:Conviction)
  RETURN c
}
RETURN collect(DISTINCT c.id) AS ids
