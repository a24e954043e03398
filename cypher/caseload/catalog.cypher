// What a caseload release's records refer to: the districts by their LIONS code, the statute
// catalog with each statute's heading, section, families and the file that wrote it, and the
// agencies' ids.
RETURN COLLECT { MATCH (d:District) WHERE d.lionsCode IS NOT NULL RETURN {id: d.id, lionsCode: d.lionsCode} } AS districts,
       COLLECT {
         MATCH (s:Statute)
         RETURN {id: s.id, title: s.title, section: s.section, file: s.recordFile, categories: [(s)-[:IN_CATEGORY]->(k:OffenseCategory) | k.id]}
       } AS statutes,
       COLLECT { MATCH (a:Agency) RETURN a.id } AS agencies
