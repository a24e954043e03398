// How many imported records the graph holds.
MATCH (n:Entity)
RETURN count(n) AS records
