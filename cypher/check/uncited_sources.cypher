// A source that no fact cites and no claim is made in is an orphan.
MATCH (s:Source)
WHERE NOT EXISTS { ()-[:CITES]->(s) } AND NOT EXISTS { (:Claim)-[:CLAIMED_BY]->(s) }
RETURN s.id AS id, s.title AS title
ORDER BY id
