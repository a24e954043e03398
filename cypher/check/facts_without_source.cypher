// Every node states a fact except sources themselves and our own offense categories; a
// retracted source supports nothing.
MATCH (n:Entity)
WHERE NOT n:Source AND NOT n:OffenseCategory
  AND NOT EXISTS { (n)-[:CITES]->(s:Source) WHERE NOT coalesce(s.retracted, false) }
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.id AS id
ORDER BY label, id
