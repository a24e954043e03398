// Every synthetic id in the graph, to tell whole cases from partial ones after a fault.
MATCH (n:Entity)
WHERE n.id STARTS WITH $prefix
RETURN collect(n.id) AS ids
