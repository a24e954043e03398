// What the tally counts, aggregated in the database over the convictions matching the
// filters (the same as convictions/page.cypher), from their stored placement: how many fall
// in, out of, or cannot be placed against the window ($since..$until, the rule of
// src/graph/window.ts); and behind those in it, the distinct cases, districts and field
// offices, and the convictions per statute and per category of the charges that match the
// filters. No row per conviction leaves the database. Also the agency $agency, when given,
// and when $pendingStages is given, how many charges at those stages (not convictions) the
// agency's cases hold, matching the statute and category filters.
OPTIONAL MATCH (root:Agency {id: $agency})
CALL () {
  OPTIONAL MATCH (ch:Charge)
  WHERE $pendingStages IS NOT NULL AND ch.stage IN $pendingStages
    AND EXISTS { (ch)-[:CITES]->(s:Source) WHERE NOT coalesce(s.retracted, false) }
    AND EXISTS { (ch)-[:CHARGED_AGAINST]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)-[:ARISES_FROM]->(:Investigation)-[:LED_BY]->(lead:Agency) WHERE $agency IN lead.lineage }
    AND ($statutes IS NULL OR EXISTS { (ch)-[:UNDER_STATUTE]->(st:Statute) WHERE st.id IN $statutes })
    AND ($categories IS NULL OR EXISTS { (ch)-[:UNDER_STATUTE|IN_CATEGORY*1..2]->(k:OffenseCategory) WHERE k.id IN $categories })
  RETURN count(ch) AS pendingCharges
}
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
  WITH c, status, CASE WHEN status = 'in' THEN [f IN c.facets WHERE
        ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories) | split(f, '|')] ELSE [] END AS matched
  // One item per status, and for a conviction in the window one per case, district, field
  // office, statute and category behind it (each statute and category once).
  UNWIND [['status', status]]
    + CASE WHEN status = 'in' THEN [['case', c.prosecutionId], ['district', c.districtId]] ELSE [] END
    + CASE WHEN status = 'in' AND c.leadAgencyKind = 'field_office' THEN [['fieldOffice', c.leadAgencyId]] ELSE [] END
    + [s IN reduce(seen = [], m IN matched | CASE WHEN m[0] IN seen THEN seen ELSE seen + m[0] END) | ['statute', s]]
    + [k IN reduce(seen = [], m IN matched | CASE WHEN m[1] = '' OR m[1] IN seen THEN seen ELSE seen + m[1] END) | ['category', k]] AS item
  WITH item[0] AS kind, item[1] AS key, count(*) AS convictions
  WHERE key IS NOT NULL
  // Cases, districts and field offices are counted, not listed.
  WITH kind, CASE WHEN kind IN ['case', 'district', 'fieldOffice'] THEN null ELSE key END AS key,
       CASE WHEN kind IN ['case', 'district', 'fieldOffice'] THEN 1 ELSE convictions END AS convictions
  WITH kind, key, sum(convictions) AS convictions
  RETURN collect({
    kind: kind,
    key: key,
    convictions: convictions,
    statute: CASE WHEN kind = 'statute' THEN head(COLLECT { MATCH (st:Statute {id: key}) RETURN st{.id, .section, .title, .subsection} AS s }) END,
    category: CASE WHEN kind = 'category' THEN head(COLLECT { MATCH (k:OffenseCategory {id: key}) RETURN k{.id, .name} AS k }) END
  }) AS counts
}
RETURN root{.*, citations: COLLECT {
         MATCH (root)-[cite:CITES]->(s:Source)
         RETURN {locator: cite.locator, supports: cite.supports, source: s{.*}} AS citation
       }} AS agency,
       counts,
       pendingCharges
