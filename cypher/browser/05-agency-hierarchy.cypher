// The agency hierarchy
//
// The agencies and how they nest (DHS > ICE > HSI > field offices; DOJ > U.S. Attorneys'
// offices, CEOS, BJS). A conviction counts for an agency when its lead agency is the agency
// or one below it. No parameters.
MATCH hierarchy = (:Agency)-[:PART_OF]->(:Agency)
RETURN hierarchy
