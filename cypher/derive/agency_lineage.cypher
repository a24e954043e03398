// Each agency's path from the top of its hierarchy down to it, as shown (the abbreviation,
// else the name), and its lineage (its own id and its parents'), stored so that queries read
// them instead of walking PART_OF (src/graph/placement.ts recomputes them after any agency
// is written).
MATCH (a:Agency)
WITH a, head(COLLECT {
  MATCH p = (a)-[:PART_OF*0..]->(top:Agency)
  WHERE NOT (top)-[:PART_OF]->()
  RETURN nodes(p)
}) AS up
SET a.path = reverse([n IN coalesce(up, [a]) | coalesce(n.abbreviation, n.name)]),
    a.lineage = [n IN coalesce(up, [a]) | n.id]
