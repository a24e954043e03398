// Current and history (docs/model.md, Caseload data): of the counted convictions with a
// caseload key of $keys, the one whose release's period ends latest is current; each older
// one is history, with supersededBy the current one's id and a SUPERSEDED_BY relationship to
// it. A release without a period (loaded before releases had one) ranks oldest. Only a
// conviction whose standing changes is written: a release's first load, with no key another
// release holds, writes nothing here. Returns how many convictions of each release file were
// current before and are now.
MATCH (c:Conviction)
WHERE c.caseloadKey IN $keys
WITH c, c.supersededBy IS NULL AS wasCurrent,
     coalesce(head(COLLECT { MATCH (c)-[:CITES]->(s:Source) WHERE s.periodTo IS NOT NULL RETURN s.periodTo }), date('0001-01-01')) AS periodEnd
ORDER BY c.caseloadKey, periodEnd DESC, c.id
WITH c.caseloadKey AS key, collect({conviction: c, wasCurrent: wasCurrent}) AS versions
WITH versions, versions[0].conviction AS current
UNWIND versions AS version
WITH version.conviction AS c, version.wasCurrent AS wasCurrent, current,
     CASE WHEN version.conviction = current THEN null ELSE current.id END AS supersededBy
CALL (c, current, supersededBy) {
  WITH c, current, supersededBy
  WHERE coalesce(c.supersededBy, '') <> coalesce(supersededBy, '')
  OPTIONAL MATCH (c)-[old:SUPERSEDED_BY]->()
  DELETE old
  WITH DISTINCT c, current, supersededBy
  SET c.supersededBy = supersededBy
  WITH c, current, supersededBy
  WHERE supersededBy IS NOT NULL
  CREATE (c)-[:SUPERSEDED_BY]->(current)
}
RETURN c.recordFile AS file, wasCurrent, supersededBy IS NULL AS isCurrent, count(*) AS convictions
