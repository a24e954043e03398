// Writes the candidates of the releases $uuids as read now, and removes those releases'
// candidates the extractor no longer gives (their judgements stay, keyed by id).
UNWIND $rows AS row
MERGE (c:ReleaseCandidate {id: row.id})
SET c += row
WITH count(*) AS written
MATCH (gone:ReleaseCandidate)
WHERE gone.releaseUuid IN $uuids AND NOT gone.id IN $ids
DETACH DELETE gone
