// What the id arguments of one request name, all in this one query (src/graph/named-ids.ts).
// Each text gives the ids it names: an agency by id or abbreviation, in any case; a district by
// any of its keys (src/graph/districts.ts); a claimant (an agency or a source) by id or by the
// name the API shows for it, in any case; statutes and categories by id. When a text of a kind
// names nothing, the ids of that kind come back too, for the error to suggest the closest.
WITH
  [text IN $agencies | {text: text, ids: COLLECT {
      MATCH (a:Agency) WHERE a.id = toLower(text) OR toLower(a.abbreviation) = toLower(text) RETURN a.id AS id ORDER BY id
  }}] AS agencies,
  [lookup IN $districts | {text: lookup.text, ids: COLLECT {
      MATCH (d:District)
      WHERE d.id = lookup.id OR d.abbreviationKey = lookup.key OR d.lionsCode = lookup.lionsCode OR d.dojComponentKey = lookup.key
      RETURN d.id AS id ORDER BY id
  }}] AS districts,
  [text IN $statutes | {text: text, ids: COLLECT { MATCH (s:Statute {id: text}) RETURN s.id AS id }}] AS statutes,
  [text IN $categories | {text: text, ids: COLLECT { MATCH (c:OffenseCategory {id: text}) RETURN c.id AS id }}] AS categories,
  [text IN $claimants | {text: text, ids: COLLECT {
      MATCH (x:Entity {id: toLower(text)}) WHERE x:Agency OR x:Source RETURN x.id AS id
    } + COLLECT {
      MATCH (:Claim)-[:CLAIMED_BY]->(x)
      WHERE toLower(CASE WHEN x:Source THEN coalesce(x.publisher, x.title) ELSE x.name END) = toLower(text)
         OR toLower(x.abbreviation) = toLower(text)
      RETURN DISTINCT x.id AS id ORDER BY id
  }}] AS claimants
CALL (agencies) {
  WITH agencies WHERE any(named IN agencies WHERE size(named.ids) = 0)
  MATCH (a:Agency)
  RETURN collect(a.id) AS agencyIds
}
CALL (districts) {
  WITH districts WHERE any(named IN districts WHERE size(named.ids) = 0)
  MATCH (d:District)
  RETURN collect(d.id) AS districtIds
}
CALL (statutes) {
  WITH statutes WHERE any(named IN statutes WHERE size(named.ids) = 0)
  MATCH (s:Statute)
  RETURN collect(s.id) AS statuteIds
}
CALL (categories) {
  WITH categories WHERE any(named IN categories WHERE size(named.ids) = 0)
  MATCH (c:OffenseCategory)
  RETURN collect(c.id) AS categoryIds
}
CALL (claimants) {
  WITH claimants WHERE any(named IN claimants WHERE size(named.ids) = 0)
  MATCH (:Claim)-[:CLAIMED_BY]->(x)
  RETURN collect(DISTINCT x.id) AS claimantIds
}
RETURN {agency: agencies, district: districts, statute: statutes, category: categories, claimant: claimants} AS named,
       {agency: agencyIds, district: districtIds, statute: statuteIds, category: categoryIds, claimant: claimantIds} AS candidates
