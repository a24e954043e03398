// HSI convictions since 2023: each conviction, its defendant, case, lead agency (HSI or an
// HSI field office) and the sources that state it. Dates carry their precision, so read
// datePrecision too; undated convictions are returned and are not "since 2023".
MATCH (hsi:Agency {id: 'hsi'})
MATCH path = (c:Conviction)-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
             -[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(:Agency)-[:PART_OF*0..]->(hsi)
OPTIONAL MATCH cited = (c)-[:CITES]->(:Source)
RETURN path, collect(cited) AS citations
