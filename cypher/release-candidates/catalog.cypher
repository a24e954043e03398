// What press-release candidates refer to: the seed's statutes (not the subsections a caseload
// release added, which go when it goes), every agency with its name, and the districts.
RETURN COLLECT { MATCH (s:Statute) WHERE NOT coalesce(s.recordFile, '') STARTS WITH 'caseload/' RETURN s.id } AS statutes,
       COLLECT { MATCH (a:Agency) RETURN {id: a.id, name: a.name, abbreviation: a.abbreviation} } AS agencies,
       COLLECT { MATCH (d:District) RETURN d.id } AS districts
