// A page of convictions matching the filters, in the order asked for, read from each
// conviction's stored placement (src/graph/placement.ts), and one more row to tell whether a
// next page exists. Each row carries what a conviction row shows: its charges (only those
// matching a statute or category filter), its case, and, when $withCitations, the citations of
// all of them. Totals come from convictions/counts.cypher.
//
// Where a conviction falls against the window ($since..$until; both null for no window) is
// the rule of src/graph/window.ts, which tests hold this query to. $status keeps 'in' or
// 'not_placeable' (imprecise or unknown) convictions, or all of them when null.
CALL () {
  MATCH (c:Conviction)
  WHERE c.supported
    AND ($agency IS NULL OR $agency IN c.leadLineage)
    AND ($district IS NULL OR c.districtId = $district)
    AND ($statutes IS NULL AND $categories IS NULL OR any(f IN c.facets WHERE
          ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)))
    AND ($stage IS NULL OR EXISTS { (c)-[:ON_CHARGE]->(:Charge {stage: $stage}) })
  WITH c, CASE
      WHEN $since IS NULL OR c.placedFrom IS NULL THEN 'unknown'
      WHEN c.placedTo < $since OR c.placedFrom > $until THEN 'out'
      WHEN c.placedFrom >= $since AND c.placedTo <= $until THEN 'in'
      ELSE 'imprecise' END AS status
  WHERE $status IS NULL OR ($status = 'in' AND status = 'in') OR ($status = 'not_placeable' AND status IN ['imprecise', 'unknown'])
  RETURN c, status
  ORDER BY
    CASE WHEN $sort = 'date_asc' THEN c.placedFrom END ASC,
    CASE WHEN $sort = 'date_desc' THEN c.placedFrom END DESC,
    CASE WHEN $sort = 'defendant_asc' THEN c.defendantName END ASC,
    c.id
  SKIP $offset
  LIMIT $first + 1
}
// Clauses below need not keep the subquery's order: each row keeps its position.
WITH collect({c: c, status: status}) AS rows
UNWIND range(0, size(rows) - 1) AS position
WITH position, rows[position].c AS c, rows[position].status AS status
OPTIONAL MATCH (c)-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(pros:Prosecution)-[:ARISES_FROM]->(inv:Investigation)-[:LED_BY]->(lead:Agency)
WITH position, c, status, pros, inv, lead,
  [(c)-[:ON_CHARGE]->(ch:Charge) WHERE ($statutes IS NULL OR EXISTS { (ch)-[:UNDER_STATUTE]->(st:Statute) WHERE st.id IN $statutes })
      AND ($categories IS NULL OR EXISTS { (ch)-[:UNDER_STATUTE|IN_CATEGORY*1..2]->(k:OffenseCategory) WHERE k.id IN $categories }) | ch] AS charges
RETURN c{.*} AS conviction,
  status,
  head(COLLECT { MATCH (s:Sentence)-[:FOR_CONVICTION]->(c) RETURN s.prisonMonths AS months ORDER BY s.dateFrom }) AS sentenceMonths,
  [ch IN charges | {
    charge: ch{.*},
    statute: head([(ch)-[:UNDER_STATUTE]->(st:Statute) | st{.id, .section, .title, .subsection}]),
    basis: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.basis]), head([(ch)-[i:IN_CATEGORY]->() | i.basis])),
    inference: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.inference]), head([(ch)-[i:IN_CATEGORY]->() | i.inference])),
    categories: [(ch)-[:UNDER_STATUTE|IN_CATEGORY*1..2]->(k:OffenseCategory) | k{.id, .name}]
  }] AS charges,
  pros{.id, .title, .docket, .districtInferred, district: head([(pros)-[:IN_DISTRICT]->(d:District) | d.name])} AS prosecution,
  inv.title AS investigation,
  lead{.*} AS lead,
  CASE WHEN $withCitations THEN COLLECT {
    UNWIND [n IN [c, pros, lead] + charges WHERE n IS NOT NULL] AS n
    MATCH (n)-[cite:CITES]->(s:Source)
    RETURN {of: n.id, locator: cite.locator, supports: cite.supports, source: s{.*}} AS citation
  } ELSE [] END AS citations
ORDER BY position
