// One fact by id, with its citations.
MATCH (n:Entity {id: $id})
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS label,
       n{.*} AS props,
       [(n)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] AS citations
