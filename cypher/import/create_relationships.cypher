UNWIND $rels AS rel
MATCH (a:Entity {id: rel.from})
MATCH (b:Entity {id: rel.to})
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
