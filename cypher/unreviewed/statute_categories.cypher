// The offense categories of the statutes $statutes, as a charge whose sources do not give the
// victim's age falls in them (the rule of cypher/derive/placement_inputs.cypher): what an
// open press-release candidate's charges would be filtered by once accepted.
UNWIND $statutes AS id
MATCH (s:Statute {id: id})
RETURN id AS statute,
       [(s)-[:IN_CATEGORY]->(k:OffenseCategory) WHERE k.victimAge IS NULL OR k.victimAge = 'not_stated' | k.id] AS categories
