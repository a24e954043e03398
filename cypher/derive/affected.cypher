// What depends on any of the nodes $ids: the convictions whose placement does (the conviction
// itself, a sentence for it, a charge it is on, its defendant, the prosecution and the
// investigation above it, and a source that it or its sentence cites), and the charges whose
// placement does (the charge itself, its defendant, the case above it, a source it cites).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS changed
CALL (changed) {
  UNWIND changed AS n
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
  RETURN collect(DISTINCT c.id) AS convictions
}
CALL (changed) {
  UNWIND changed AS n
  CALL (n) {
    WITH n WHERE n:Charge
    RETURN n AS ch
    UNION
    MATCH (n:Defendant)<-[:CHARGED_AGAINST]-(ch:Charge)
    RETURN ch
    UNION
    MATCH (n:Prosecution)<-[:DEFENDANT_IN]-(:Defendant)<-[:CHARGED_AGAINST]-(ch:Charge)
    RETURN ch
    UNION
    MATCH (n:Investigation)<-[:ARISES_FROM]-(:Prosecution)<-[:DEFENDANT_IN]-(:Defendant)<-[:CHARGED_AGAINST]-(ch:Charge)
    RETURN ch
    UNION
    MATCH (n:Source)<-[:CITES]-(ch:Charge)
    RETURN ch
  }
  RETURN collect(DISTINCT ch.id) AS charges
}
RETURN convictions, charges
