// Fulltext search over names and titles (migration 0003), best matches first.
CALL db.index.fulltext.queryNodes('names_and_titles', $text) YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Entity'][0] AS label, node{.*} AS props, score
ORDER BY score DESC, node.id
LIMIT $first
