// What the tally counts, aggregated in the database over the convictions matching the
// filters (the same as convictions/page.cypher), from their stored placement: how many fall
// in, out of, or cannot be placed against the window ($since..$until, the rule of
// src/graph/window.ts); and behind those in it, the distinct cases, districts and field
// offices, and the convictions per statute and per category of the charges that match the
// filters. No row per conviction leaves the database. Also the agency $agency, when given,
// and when $pendingStages is given, how many charges at those stages (not convictions) the
// agency's cases hold, matching the statute and category filters. $role: as in
// convictions/page.cypher; $tiers keeps the convictions known at those evidence tiers (all
// when null).
OPTIONAL MATCH (root:Agency {id: $agency})
CALL () {
  OPTIONAL MATCH (ch:Charge)
  WHERE $pendingStages IS NOT NULL AND ch.stage IN $pendingStages
    AND ch.supported AND $agency IN ch.leadLineage
    AND ($statutes IS NULL AND $categories IS NULL OR any(f IN ch.facets WHERE
          ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)))
  RETURN count(ch) AS pendingCharges
}
CALL () {
  MATCH (c:Conviction)
  WHERE c.supported
    AND ($tiers IS NULL OR c.evidenceTier IN $tiers) AND c.supersededBy IS NULL
    AND ($agency IS NULL OR CASE $role
          WHEN 'partner_only' THEN $agency IN c.partnerLineage AND NOT $agency IN c.leadLineage
          ELSE $agency IN c.leadLineage END)
    AND ($district IS NULL OR c.districtId = $district)
    AND ($statutes IS NULL AND $categories IS NULL OR any(f IN c.facets WHERE
          ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)))
    AND ($stage IS NULL OR EXISTS { (c)-[:ON_CHARGE]->(:Charge {stage: $stage}) })
  WITH c, CASE
      WHEN $since IS NULL OR c.placedFrom IS NULL THEN 'unknown'
      WHEN c.placedTo < $since OR c.placedFrom > $until THEN 'out'
      WHEN c.placedFrom >= $since AND c.placedTo <= $until THEN 'in'
      ELSE 'imprecise' END AS status
  RETURN {
    in: count(CASE WHEN status = 'in' THEN 1 END),
    out: count(CASE WHEN status = 'out' THEN 1 END),
    imprecise: count(CASE WHEN status = 'imprecise' THEN 1 END),
    unknown: count(CASE WHEN status = 'unknown' THEN 1 END)
  } AS byStatus,
    count(DISTINCT CASE WHEN status = 'in' THEN c.prosecutionId END) AS cases,
    count(DISTINCT CASE WHEN status = 'in' THEN c.districtId END) AS districts,
    count(DISTINCT CASE WHEN status = 'in' AND c.leadAgencyKind = 'field_office' THEN c.leadAgencyId END) AS fieldOffices
}
// Per statute, per category and per family: the convictions in the window with a matching
// charge under each statute or category, each counted once; and under its one family (the
// first of its charges' families, docs/model.md), so the families add up to the total. Each
// with how many of those rest on inference alone. Found from the window's range on the
// placement index.
CALL () {
  MATCH (c:Conviction)
  USING INDEX c:Conviction(placedFrom)
  WHERE c.placedFrom >= $since AND c.placedTo <= $until
    AND c.supported
    AND ($tiers IS NULL OR c.evidenceTier IN $tiers) AND c.supersededBy IS NULL
    AND ($agency IS NULL OR CASE $role
          WHEN 'partner_only' THEN $agency IN c.partnerLineage AND NOT $agency IN c.leadLineage
          ELSE $agency IN c.leadLineage END)
    AND ($district IS NULL OR c.districtId = $district)
    AND ($statutes IS NULL AND $categories IS NULL OR any(f IN c.facets WHERE
          ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)))
    AND ($stage IS NULL OR EXISTS { (c)-[:ON_CHARGE]->(:Charge {stage: $stage}) })
  // Each statute and category once per conviction: stored so without a filter; with one,
  // those of the charges that match it, from the facets.
  UNWIND [['family', coalesce(c.family, '')]] + CASE WHEN $statutes IS NULL AND $categories IS NULL
    THEN [s IN c.statutes | ['statute', s]] + [k IN c.categories | ['category', k]]
    ELSE reduce(items = [], f IN [f IN c.facets WHERE ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)] |
      items + [item IN [['statute', split(f, '|')[0]], ['category', split(f, '|')[1]]] WHERE NOT item IN items AND NOT (item[0] = 'category' AND item[1] = '')])
    END AS item
  WITH item[0] AS kind, item[1] AS key, CASE item[0]
      WHEN 'statute' THEN item[1] IN c.inferredStatutes
      WHEN 'category' THEN item[1] IN c.inferredCategories
      ELSE coalesce(c.familyInferred, false) END AS inferred
  WITH kind, key, count(*) AS convictions, count(CASE WHEN inferred THEN 1 END) AS inferred
  RETURN collect({
    kind: kind,
    key: key,
    convictions: convictions,
    inferred: inferred,
    statute: CASE WHEN kind = 'statute' THEN head(COLLECT { MATCH (st:Statute {id: key}) RETURN st{.id, .section, .title, .subsection} AS s }) END,
    category: CASE WHEN kind <> 'statute' THEN head(COLLECT { MATCH (k:OffenseCategory {id: key}) RETURN k{.id, .name, .description, .rank, childSexualExploitation: coalesce(k.childSexualExploitation, false)} AS k }) END
  }) AS breakdown
}
// The convictions in the window from cases the agency joined as a partner and did not lead:
// reported beside the count, never in it.
CALL () {
  MATCH (c:Conviction)
  USING INDEX c:Conviction(placedFrom)
  WHERE $agency IS NOT NULL AND c.placedFrom >= $since AND c.placedTo <= $until
    AND c.supported
    AND ($tiers IS NULL OR c.evidenceTier IN $tiers) AND c.supersededBy IS NULL
    AND $agency IN c.partnerLineage AND NOT $agency IN c.leadLineage
    AND ($district IS NULL OR c.districtId = $district)
    AND ($statutes IS NULL AND $categories IS NULL OR any(f IN c.facets WHERE
          ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)))
    AND ($stage IS NULL OR EXISTS { (c)-[:ON_CHARGE]->(:Charge {stage: $stage}) })
  RETURN count(c) AS partnerOnly
}
RETURN root{.*, citations: COLLECT {
         MATCH (root)-[cite:CITES]->(s:Source)
         RETURN {locator: cite.locator, supports: cite.supports, source: s{.*}} AS citation
       }} AS agency,
       byStatus, cases, districts, fieldOffices, breakdown, pendingCharges, partnerOnly
