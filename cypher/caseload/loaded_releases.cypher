// The caseload releases in the graph: each release's source (written by its document,
// caseload/<name>) with its period, if it has one.
MATCH (s:Source)
WHERE s.recordFile STARTS WITH 'caseload/'
RETURN s.recordFile AS file, s.id AS id, s.period AS period
ORDER BY file
