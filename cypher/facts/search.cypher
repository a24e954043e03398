// Fulltext search over names and titles (migration 0003), best matches first. The index
// itself keeps only the best $first: a common word matches most of the graph, and ranking
// every match in Cypher took 515 ms against 30 ms at 10^5 synthetic cases (BENCHMARKS.md).
// Where matches tie on score at the cut, the index's order decides which come in.
CALL db.index.fulltext.queryNodes('names_and_titles', $text, {limit: $first}) YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Entity'][0] AS label, node{.*} AS props, score
ORDER BY score DESC, node.id
LIMIT $first
