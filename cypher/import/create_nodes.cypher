// Records new to the graph: CREATE, which needs no lock-and-match as MERGE does. The
// importer checked that none of these ids exists; the unique constraint on :Entity(id)
// still fails the transaction if one appeared since.
UNWIND $rows AS row
CREATE (n:Entity:$(row.label))
SET n = row.props
