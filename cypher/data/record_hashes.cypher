// Every imported record's id and content hash, in id order: what the data version is a hash of.
MATCH (n:Entity)
RETURN n.id AS id, coalesce(n.importHash, '') AS importHash
ORDER BY n.id
