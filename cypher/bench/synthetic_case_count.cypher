// How many synthetic cases the graph holds: one investigation per case.
MATCH (n:Investigation)
WHERE n.id STARTS WITH $prefix
RETURN count(n) AS cases
