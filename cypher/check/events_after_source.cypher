// An event that certainly happened after the source reporting it was published (its
// earliest possible date is after the source's latest possible date), and sources read
// before they were published. Either is a data-entry error.
CALL {
  MATCH (n:Entity)-[:CITES]->(s:Source)
  WITH n, s, coalesce(n.dateFrom, n.openedFrom, n.periodFrom) AS eventFrom
  WHERE eventFrom IS NOT NULL AND s.publishedTo IS NOT NULL AND eventFrom > s.publishedTo
  RETURN n.id AS id, s.id AS source,
         'dated ' + coalesce(n.date, n.opened, n.period) + ', after its source was published (' + s.published + ')' AS problem
  UNION
  MATCH (s:Source)
  WHERE s.publishedFrom IS NOT NULL AND s.retrievedTo IS NOT NULL AND s.publishedFrom > s.retrievedTo
  RETURN s.id AS id, s.id AS source, 'published ' + s.published + ', after it was retrieved (' + s.retrieved + ')' AS problem
}
RETURN id, source, problem
ORDER BY id, source
