// How many convictions match the filters (convictions/page.cypher's, read from each
// conviction's stored placement) and $status against the window: a list's totalCount, without
// the breakdowns of convictions/counts.cypher.
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
RETURN count(c) AS total
