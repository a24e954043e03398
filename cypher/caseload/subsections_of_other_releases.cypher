// The statute subsections that the caseload releases other than $file use, from the shared
// document $statutesFile (docs/model.md, Caseload data): each with its heading, families and
// the sources of the releases whose charges name it. One no other release uses is left out.
MATCH (s:Entity {recordFile: $statutesFile})
WHERE s:Statute
WITH s, COLLECT {
       MATCH (s)<-[:UNDER_STATUTE]-(ch:Charge)-[:CITES]->(release:Source)
       WHERE ch.recordFile STARTS WITH 'caseload/' AND ch.recordFile <> $file
       RETURN DISTINCT release.id
     } AS releases
WHERE size(releases) > 0
RETURN s.id AS id, s.section AS section, s.title AS title, s.subsection AS subsection,
       [(s)-[:IN_CATEGORY]->(k:OffenseCategory) | k.id] AS categories, releases
ORDER BY id
