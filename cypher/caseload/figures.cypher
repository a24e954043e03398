// The caseload figures (docs/model.md, Caseload data) for $agency, the agency whose caseload
// code the releases use, in the window $since..$until: per program of $programs, the counted
// convictions (evidence tier counted) in the window with $agency as the lead, one row each
// (its statutes at the level printed, how, year); how many with $agency as lead or partner;
// and how many it led that cannot be placed. Read from each conviction's stored placement.
// Each led conviction says whether an accepted link ties it to a named case (coverage).
// Only current convictions count (supersededBy is null): a case several loaded releases hold
// is counted once, as the newest release says it; so are the releases listed.
UNWIND $programs AS program
CALL (program) {
  MATCH (c:Conviction)
  WHERE c.evidenceTier = 'counted' AND c.supersededBy IS NULL AND c.supported AND program IN c.programs
    AND (c.leadAgencyId = $agency OR $agency IN c.partnerLineage)
  WITH c, c.leadAgencyId = $agency AS led,
       c.placedFrom IS NOT NULL AND c.placedFrom >= $since AND c.placedTo <= $until AS inWindow
  RETURN collect(CASE WHEN led AND inWindow THEN {
           statutes: [id IN c.statutes WHERE id <> '' | head(COLLECT { MATCH (s:Statute {id: id}) RETURN s.section })],
           how: c.how,
           year: c.placedFrom.year,
           // Coverage: a reviewer accepted its link to a named conviction that a source supports.
           linked: EXISTS { (n:Conviction)-[:CANDIDATE_LINK {status: 'accepted'}]->(c) WHERE n.supported }
         } END) AS led,
         count(CASE WHEN inWindow THEN 1 END) AS participated,
         count(CASE WHEN led AND c.placedFrom IS NULL THEN 1 END) AS notPlaceable
}
RETURN program, led, participated, notPlaceable,
       COLLECT {
         MATCH (c:Conviction)-[:CITES]->(s:Source)
         WHERE c.evidenceTier = 'counted' AND c.supersededBy IS NULL AND program IN c.programs AND (c.leadAgencyId = $agency OR $agency IN c.partnerLineage)
         RETURN DISTINCT s{.*} AS source
       } AS releases
