// The rows of convictions, in the order of $ids, each with its status against the window
// ($statuses, by id) and what a conviction row shows: its charges (only those matching a
// statute or category filter), its sentence (the earliest, when there are several), its case with
// its lead and partner agencies, and, when $withCitations, the citations of all of them.
UNWIND range(0, size($ids) - 1) AS position
MATCH (c:Conviction {id: $ids[position]})
WITH position, c, $statuses[position] AS status
OPTIONAL MATCH (c)-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(pros:Prosecution)-[:ARISES_FROM]->(inv:Investigation)-[:LED_BY]->(lead:Agency)
WITH position, c, status, pros, inv, lead,
  [(c)-[:ON_CHARGE]->(ch:Charge) WHERE ($statutes IS NULL OR EXISTS { (ch)-[:UNDER_STATUTE]->(st:Statute) WHERE st.id IN $statutes })
      AND ($categories IS NULL OR any(k IN ch.categories WHERE k IN $categories)) | ch] AS charges,
  // The same order as the sentence key of derive/placement_inputs.cypher.
  head(COLLECT { MATCH (s:Sentence)-[:FOR_CONVICTION]->(c) RETURN s ORDER BY s.dateFrom, s.id }) AS sentence,
  [(inv)-[:PARTNERED_WITH]->(p:Agency) | p] AS partners
RETURN c{.*} AS conviction,
  status,
  head(COLLECT { MATCH (k:OffenseCategory {id: c.family}) RETURN k{.id, .name, .description, .rank, childSexualExploitation: coalesce(k.childSexualExploitation, false)} AS k }) AS family,
  CASE WHEN sentence IS NULL THEN null ELSE sentence{.*} END AS sentence,
  [p IN partners | p{.*}] AS partners,
  [ch IN charges | {
    charge: ch{.*},
    statute: head([(ch)-[:UNDER_STATUTE]->(st:Statute) | st{.id, .section, .title, .subsection}]),
    basis: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.basis]), head([(ch)-[i:IN_CATEGORY]->() | i.basis])),
    inference: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.inference]), head([(ch)-[i:IN_CATEGORY]->() | i.inference])),
    categories: COLLECT { MATCH (k:OffenseCategory) WHERE k.id IN ch.categories RETURN k{.id, .name, .description, .rank, childSexualExploitation: coalesce(k.childSexualExploitation, false)} AS k ORDER BY k.rank }
  }] AS charges,
  pros{.id, .title, .docket, .districtInferred, district: head([(pros)-[:IN_DISTRICT]->(d:District) | d.name])} AS prosecution,
  inv.title AS investigation,
  lead{.*} AS lead,
  CASE WHEN $withCitations THEN COLLECT {
    UNWIND [n IN [c, pros, lead, sentence] + charges + partners WHERE n IS NOT NULL] AS n
    MATCH (n)-[cite:CITES]->(s:Source)
    RETURN {of: n.id, locator: cite.locator, supports: cite.supports, source: s{.*}} AS citation
  } ELSE [] END AS citations
ORDER BY position
