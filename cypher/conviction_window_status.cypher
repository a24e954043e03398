// Where each conviction falls against a date window, given its date's precision:
// 'in' when its whole possible interval lies inside the window, 'out' when it lies wholly
// outside, 'imprecise' when it straddles an edge (FY2023 against "since 2023-01-01"), and
// 'unknown' when no source dates it. $until may be null (open window).
MATCH (c:Conviction)
WHERE $ids IS NULL OR c.id IN $ids
RETURN c.id AS id, c.date AS date, c.datePrecision AS precision,
  CASE
    WHEN c.dateFrom IS NULL THEN 'unknown'
    WHEN c.dateTo < $since OR ($until IS NOT NULL AND c.dateFrom > $until) THEN 'out'
    WHEN c.dateFrom >= $since AND ($until IS NULL OR c.dateTo <= $until) THEN 'in'
    ELSE 'imprecise'
  END AS status
ORDER BY id
