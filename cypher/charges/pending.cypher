// Charges still open (indicted or pending: not convictions) in the cases led by $agency or
// its sub-offices, matching the statute and category filters: the total, and a page in id
// order with one more charge, which tells whether a next page exists.
MATCH (ch:Charge)
WHERE ch.stage IN $stages
  AND EXISTS { (ch)-[:CITES]->(s:Source) WHERE NOT coalesce(s.retracted, false) }
  AND EXISTS { (ch)-[:CHARGED_AGAINST]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)-[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(lead:Agency) WHERE $agency IN lead.lineage }
  AND ($statutes IS NULL OR EXISTS { (ch)-[:UNDER_STATUTE]->(st:Statute) WHERE st.id IN $statutes })
  AND ($categories IS NULL OR EXISTS { (ch)-[:UNDER_STATUTE|IN_CATEGORY*1..2]->(k:OffenseCategory) WHERE k.id IN $categories })
WITH ch ORDER BY ch.id
WITH collect(ch) AS matching
RETURN size(matching) AS totalCount,
  [ch IN matching[$offset..($offset + $first + 1)] | {
    charge: ch{.*},
    statute: head([(ch)-[:UNDER_STATUTE]->(st:Statute) | st{.id, .section, .title, .subsection}]),
    basis: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.basis]), head([(ch)-[i:IN_CATEGORY]->() | i.basis])),
    inference: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.inference]), head([(ch)-[i:IN_CATEGORY]->() | i.inference])),
    categories: [(ch)-[:UNDER_STATUTE|IN_CATEGORY*1..2]->(k:OffenseCategory) | k{.id, .name}],
    citations: CASE WHEN $withCitations THEN [(ch)-[cite:CITES]->(s:Source) | {of: ch.id, locator: cite.locator, supports: cite.supports, source: s{.*}}] ELSE [] END
  }] AS charges
