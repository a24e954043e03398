// How many imported records are not synthetic: the benchmark database must hold none.
MATCH (n:Entity)
WHERE NOT n.id STARTS WITH $prefix
RETURN count(n) AS records
