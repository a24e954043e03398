// Every imported node is also an :Entity, so ids are unique across the graph and one index
// finds any node by id. SET n = ... replaces all properties: the seed file is the truth.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n = row.props
