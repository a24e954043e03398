// The districts each lookup names (src/graph/districts.ts writes the lookups and the keys
// stored on District nodes): by id, abbreviation, caseload-data code or DOJ component.
UNWIND $lookups AS lookup
RETURN lookup.text AS text,
       COLLECT {
         MATCH (d:District)
         WHERE d.id = lookup.id OR d.abbreviationKey = lookup.key OR d.lionsCode = lookup.lionsCode OR d.dojComponentKey = lookup.key
         RETURN d{.id, .name, .abbreviation, .lionsCode, .dojComponent} AS district ORDER BY district.id
       } AS districts
