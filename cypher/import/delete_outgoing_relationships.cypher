// A changed record's relationships are rewritten from its file, so old ones go first.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]->()
DELETE r
