// Charges still open (indicted or pending: not convictions) in the cases led by $agency or
// its sub-offices, matching the statute and category filters, read from each charge's stored
// placement (src/graph/placement.ts): the total, and a page in id order with one more charge,
// which tells whether a next page exists.
MATCH (ch:Charge)
WHERE ch.stage IN $stages
  AND ch.supported AND $agency IN ch.leadLineage
  AND ($statutes IS NULL AND $categories IS NULL OR any(f IN ch.facets WHERE
        ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)))
WITH ch ORDER BY ch.id
WITH collect(ch) AS matching
RETURN size(matching) AS totalCount,
  [ch IN matching[$offset..($offset + $first + 1)] | {
    charge: ch{.*},
    statute: head([(ch)-[:UNDER_STATUTE]->(st:Statute) | st{.id, .section, .title, .subsection}]),
    basis: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.basis]), head([(ch)-[i:IN_CATEGORY]->() | i.basis])),
    inference: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.inference]), head([(ch)-[i:IN_CATEGORY]->() | i.inference])),
    categories: COLLECT { MATCH (k:OffenseCategory) WHERE k.id IN ch.categories RETURN k{.id, .name, .description, .rank, childSexualExploitation: coalesce(k.childSexualExploitation, false)} AS k ORDER BY k.rank },
    citations: CASE WHEN $withCitations THEN [(ch)-[cite:CITES]->(s:Source) | {of: ch.id, locator: cite.locator, supports: cite.supports, source: s{.*}}] ELSE [] END
  }] AS charges
