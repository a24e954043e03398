// The caseload keys of the convictions a release's document ($file) holds in the graph: with
// the keys of the document being written, the keys whose current conviction may change.
MATCH (c:Entity {recordFile: $file})
WHERE c:Conviction AND c.caseloadKey IS NOT NULL
RETURN c.caseloadKey AS key
