// Removes every synthetic record, in batches so that no transaction holds the whole graph.
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
