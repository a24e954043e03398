// Removes records that their files no longer hold, with their relationships.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n
