// Records an earlier import took from these files that the files no longer hold: a re-import
// removes them. Each comes with the records outside this import that still reference it; a
// relationship derived from the records (SUPERSEDED_BY, between a caseload release's
// convictions; CANDIDATE_LINK, drawn after every import) is not a reference: it is derived
// again once they are gone.
UNWIND $files AS file
MATCH (n:Entity {recordFile: file})
WHERE NOT n.id IN $kept
RETURN n.id AS id,
       [label IN labels(n) WHERE label <> 'Entity'][0] AS label,
       n.recordFile AS file,
       [(m:Entity)-[r]->(n) WHERE NOT m.recordFile IN $files AND NOT type(r) IN ['SUPERSEDED_BY', 'CANDIDATE_LINK'] | m.id] AS referencedBy
ORDER BY id
