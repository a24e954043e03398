// Retracting keeps the source for the record but stops it supporting anything; the facts
// it was the last unretracted source of are returned.
MATCH (s:Source {id: $id})
SET s.retracted = true, s.retractedAt = datetime()
WITH s
OPTIONAL MATCH (n)-[cite:CITES]->(s)
WHERE NOT EXISTS { (n)-[:CITES]->(other:Source) WHERE other <> s AND NOT coalesce(other.retracted, false) }
WITH s, n, cite ORDER BY n.id
RETURN s{.*} AS source,
       [row IN collect(CASE WHEN n IS NULL THEN null ELSE {
          label: [label IN labels(n) WHERE label <> 'Entity'][0], props: n{.*},
          locator: cite.locator, supports: cite.supports, soleSupport: true} END) WHERE row IS NOT NULL] AS unsupported
