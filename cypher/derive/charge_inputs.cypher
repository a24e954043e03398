// What each charge's stored placement is computed from (src/graph/placement.ts): its statute
// and categories (a family that turns on the victim's age, such as § 1591's, by the age its
// sources give), the lead agency of the case above it, and whether a source that is not
// retracted supports it.
UNWIND $ids AS id
MATCH (ch:Charge {id: id})
OPTIONAL MATCH (ch)-[:CHARGED_AGAINST]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)-[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(lead:Agency)
RETURN ch.id AS id,
       head([(ch)-[:UNDER_STATUTE]->(st:Statute) | st.id]) AS statute,
       [(ch)-[:IN_CATEGORY]->(k:OffenseCategory) | k.id]
         + [(ch)-[:UNDER_STATUTE]->(:Statute)-[:IN_CATEGORY]->(k:OffenseCategory)
            WHERE k.victimAge IS NULL OR k.victimAge = coalesce(ch.victimAge, 'not_stated') | k.id] AS categories,
       coalesce(lead.lineage, []) AS leadLineage,
       EXISTS { (ch)-[:CITES]->(s:Source) WHERE NOT coalesce(s.retracted, false) } AS supported
