// How many convictions match the filters (convictions/page.cypher's, read from each
// conviction's stored placement) and $status against the window: a list's totalCount, without
// the breakdowns of convictions/counts.cypher.
// $role 'lead' keeps the convictions of the cases $agency (or a sub-office) led; 'partner_only'
// those of the cases it joined as a partner and did not lead. $tiers keeps the convictions
// known at those evidence tiers (all when null). A counted conviction a newer release holds
// again is history (supersededBy), never listed twice.
// A district, when given, is where the match starts: from its index, not from every conviction.
CALL () {
  MATCH (c:Conviction {districtId: $district})
  RETURN c
  UNION ALL
  // The WITH makes the planner test the parameter once, before it scans.
  WITH 1 AS scan
  WHERE $district IS NULL
  MATCH (c:Conviction)
  RETURN c
}
WITH c
WHERE c.supported
  AND ($tiers IS NULL OR c.evidenceTier IN $tiers) AND c.supersededBy IS NULL
  AND ($agency IS NULL OR CASE $role
        WHEN 'partner_only' THEN $agency IN c.partnerLineage AND NOT $agency IN c.leadLineage
        ELSE $agency IN c.leadLineage END)
  AND ($statutes IS NULL AND $categories IS NULL OR any(f IN c.facets WHERE
        ($statutes IS NULL OR split(f, '|')[0] IN $statutes) AND ($categories IS NULL OR split(f, '|')[1] IN $categories)))
  AND ($stage IS NULL OR EXISTS { (c)-[:ON_CHARGE]->(:Charge {stage: $stage}) })
WITH c, CASE
    WHEN $since IS NULL OR c.placedFrom IS NULL THEN 'unknown'
    WHEN c.placedTo < $since OR c.placedFrom > $until THEN 'out'
    WHEN c.placedFrom >= $since AND c.placedTo <= $until THEN 'in'
    ELSE 'imprecise' END AS status
WHERE $status IS NULL OR ($status = 'in' AND status = 'in') OR ($status = 'not_placeable' AND status IN ['imprecise', 'unknown'])
RETURN count(c) AS total
