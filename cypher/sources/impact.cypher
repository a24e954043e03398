// Everything a source supports, and whether it is the only source of each fact (so that the
// fact would lose all support if the source were retracted).
MATCH (s:Source {id: $id})
OPTIONAL MATCH (n)-[cite:CITES]->(s)
WITH s, n, cite, COUNT { (n)-[:CITES]->(:Source) } AS sources
ORDER BY n.id
RETURN s{.*} AS source,
       [row IN collect(CASE WHEN n IS NULL THEN null ELSE {
          label: [label IN labels(n) WHERE label <> 'Entity'][0], props: n{.*},
          locator: cite.locator, supports: cite.supports, soleSupport: sources = 1} END) WHERE row IS NOT NULL] AS supports
