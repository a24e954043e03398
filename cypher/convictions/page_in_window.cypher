// The ids of a page of the convictions certainly inside the window ($since..$until), oldest
// first, with one more to tell whether a next page exists: convictions/page.cypher for the
// commonest list, the tally's inWindow ($role as in convictions/page.cypher). The window's start is looked up in the placement
// index, which gives the convictions in date order, so the page needs no sort of them all.
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
RETURN c.id AS id, 'in' AS status
ORDER BY c.placedFrom, c.id
SKIP $offset
LIMIT $first + 1
