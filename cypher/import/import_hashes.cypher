// The content hash each node had when it was last imported.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.importHash AS hash
