// From any fact up the chain of its case: sentence or conviction or charge, defendant,
// prosecution, investigation, lead agency and its parents; every node with its citations.
MATCH (start:Entity {id: $id})
OPTIONAL MATCH path = shortestPath(
  (start)-[:FOR_CONVICTION|CONVICTS|SENTENCES|CHARGED_AGAINST|DEFENDANT_IN|ARISES_FROM|LED_BY|PART_OF*0..12]->(top:Agency))
WHERE NOT (top)-[:PART_OF]->()
WITH start, coalesce(nodes(path), [start]) AS chain
UNWIND range(0, size(chain) - 1) AS position
WITH position, chain[position] AS n
RETURN position,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS label,
       n{.*} AS props,
       [(n)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] AS citations
ORDER BY position
