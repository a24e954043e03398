// What candidate links are drawn between (docs/model.md, Candidate links): the named
// convictions (tiers announced and docketed) that an unretracted source supports and that are
// placed in a district and in time, and the current counted convictions (not superseded by a
// newer release) of the same districts. Read from each conviction's stored placement; a graph
// without counted convictions answers at once.
CALL () {
  MATCH (k:Conviction)
  WHERE k.evidenceTier = 'counted' AND k.districtId IS NOT NULL
  RETURN collect(DISTINCT k.districtId) AS countedDistricts
}
CALL (countedDistricts) {
  MATCH (n:Conviction)
  WHERE n.districtId IN countedDistricts AND n.evidenceTier IN ['announced', 'docketed'] AND n.supported AND n.placedFrom IS NOT NULL
  RETURN collect(n) AS named
}
WITH named, [n IN named | n.districtId] AS districts
CALL (districts) {
  MATCH (k:Conviction)
  WHERE k.districtId IN districts AND k.evidenceTier = 'counted' AND k.supported AND k.supersededBy IS NULL AND k.placedFrom IS NOT NULL
  RETURN collect(k) AS counted
}
RETURN [c IN named | c {.id, .districtId, .statutes, .inferredStatutes, .sentenceKey, .caseloadKey,
          date: c.placedDate, precision: c.placedPrecision, from: toString(c.placedFrom), to: toString(c.placedTo)}] AS named,
       [c IN counted | c {.id, .districtId, .statutes, .inferredStatutes, .sentenceKey, .caseloadKey,
          date: c.placedDate, precision: c.placedPrecision, from: toString(c.placedFrom), to: toString(c.placedTo)}] AS counted
