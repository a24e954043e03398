// How many of these ids the graph holds.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN count(n) AS present
