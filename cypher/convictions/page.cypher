// The ids of a page of convictions matching the filters, in the order asked for, read from
// each conviction's stored placement (src/graph/placement.ts), with one more to tell whether a
// next page exists (convictions/rows.cypher gives their rows; convictions/counts.cypher the
// totals). convictions/page_in_window.cypher answers the commonest page faster.
//
// Where a conviction falls against the window ($since..$until; both null for no window) is
// the rule of src/graph/window.ts, which tests hold this query to. $status keeps 'in' or
// 'not_placeable' (imprecise or unknown) convictions, or all of them when null.
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
RETURN c.id AS id, status
ORDER BY
  CASE WHEN $sort = 'date_asc' THEN c.placedFrom END ASC,
  CASE WHEN $sort = 'date_desc' THEN c.placedFrom END DESC,
  CASE WHEN $sort = 'defendant_asc' THEN c.defendantName END ASC,
  // Life first, then months from most to fewest, then time served, then unknown (placement.ts).
  CASE WHEN $sort = 'sentence_desc' THEN c.sentenceKey END DESC,
  c.id
SKIP $offset
LIMIT $first + 1
