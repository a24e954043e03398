// Every agency with its citations, in the order of its hierarchy: each one after its parent,
// siblings by name (the stored path, derive/agency_lineage.cypher, is the order).
MATCH (a:Agency)
RETURN a{.*, citations: [(a)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]} AS agency
ORDER BY [n IN a.path | toLower(n)], a.id
