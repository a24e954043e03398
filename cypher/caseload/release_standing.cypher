// How the convictions of a release's document ($file) stand: current (newer is null), or
// history because the release of file `newer` holds the same caseload key and is newer.
MATCH (c:Entity {recordFile: $file})
WHERE c:Conviction
OPTIONAL MATCH (c)-[:SUPERSEDED_BY]->(current:Conviction)
RETURN current.recordFile AS newer, count(c) AS convictions
ORDER BY newer
