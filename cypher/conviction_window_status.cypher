// Where each conviction falls against a date window. The rule (docs/model.md): a conviction
// is dated by its plea or verdict; when only the judgment at sentencing is dated, that date
// is used, since the judgment of conviction is entered then. The date keeps its precision:
// 'in' when its whole possible interval lies inside the window, 'out' when wholly outside,
// 'imprecise' when it straddles an edge (FY2023 against "since 2023-01-01"), and 'unknown'
// when neither event is dated. $until may be null (open window).
MATCH (c:Conviction)
WHERE $ids IS NULL OR c.id IN $ids
OPTIONAL MATCH (s:Sentence)-[:FOR_CONVICTION]->(c)
WITH c, s ORDER BY s.dateFrom
WITH c, head(collect(s)) AS s
WITH c, s,
  CASE WHEN c.dateFrom IS NOT NULL THEN 'plea_or_verdict' WHEN s.dateFrom IS NOT NULL THEN 'judgment' END AS datedBy
WITH c, datedBy,
  CASE datedBy WHEN 'plea_or_verdict' THEN [c.date, c.datePrecision, c.dateFrom, c.dateTo]
               WHEN 'judgment' THEN [s.date, s.datePrecision, s.dateFrom, s.dateTo] END AS d
RETURN c.id AS id, coalesce(d[0], 'unknown') AS date, coalesce(d[1], 'unknown') AS precision, datedBy,
  CASE
    WHEN datedBy IS NULL THEN 'unknown'
    WHEN d[3] < $since OR ($until IS NOT NULL AND d[2] > $until) THEN 'out'
    WHEN d[2] >= $since AND ($until IS NULL OR d[3] <= $until) THEN 'in'
    ELSE 'imprecise'
  END AS status
ORDER BY id
