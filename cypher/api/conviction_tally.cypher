// The question, in one query: every conviction of a defendant whose prosecution arises from
// an investigation led by $agency or one of its sub-offices, placed against the window
// ($since..$until) by the rule in conviction_window_status.cypher, with its charges, case
// and citations; the pending charges in the same scope; and the conviction statistics whose
// scope agency is $agency, one of its parents or one of its sub-offices.
//
// The agency and its statistics come in one row, then one row per defendant, streamed: the
// answer at 10^5 synthetic cases no longer has to fit in transaction memory as one list
// (BENCHMARKS.md). The citations of cases, charges and convictions are left out unless
// $withCitations: most of the answer's bytes, when the request does not ask for them.
// No rows at all: no agency has the id $agency.
MATCH (root:Agency {id: $agency})
CALL (root) {
  MATCH (claim:Claim {metric: 'convictions'})-[:SCOPE_AGENCY]->(scope:Agency)
  WHERE (scope)-[:PART_OF*0..]->(root) OR (root)-[:PART_OF*0..]->(scope)
  OPTIONAL MATCH (claim)-[r:RESTATES]->(restated:Claim)-[:SCOPE_AGENCY]->(restatedScope:Agency)
  RETURN collect({
    claim: claim{.*},
    scope: scope{.*,
      path: head([p = (scope)-[:PART_OF*0..]->(top) WHERE NOT (top)-[:PART_OF]->() | reverse([n IN nodes(p) | coalesce(n.abbreviation, n.name)])]),
      citations: [(scope)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]},
    scopeRelation: CASE WHEN scope = root THEN 'same' WHEN (root)-[:PART_OF*]->(scope) THEN 'parent' WHEN (scope)-[:PART_OF*]->(root) THEN 'sub-office' ELSE 'unrelated' END,
    restatedNote: r.note,
    restatedCitations: [(restated)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}],
    claimant: head([(claim)-[:CLAIMED_BY]->(x) | CASE WHEN x:Source THEN coalesce(x.publisher, x.title) ELSE x.name END]),
    claimantSourceKind: head([(claim)-[:CLAIMED_BY]->(x:Source) | x.kind]),
    restated: restated{.*},
    restatedScope: restatedScope{.*},
    citations: [(claim)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]
  }) AS statistics
}
RETURN root{.*,
       path: head([p = (root)-[:PART_OF*0..]->(top) WHERE NOT (top)-[:PART_OF]->() | reverse([n IN nodes(p) | coalesce(n.abbreviation, n.name)])]),
       citations: [(root)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]} AS agency, statistics, null AS defendant

UNION ALL

MATCH (root:Agency {id: $agency})
CALL (root) {
  // Each lead agency once, described once (not once per defendant); below it every chain
  // of relationships is its own case, so no DISTINCT has to hold them all.
  MATCH (lead:Agency)-[:PART_OF*0..]->(root)
  WITH DISTINCT lead
  WITH lead, lead{.*,
    path: head([p = (lead)-[:PART_OF*0..]->(top) WHERE NOT (top)-[:PART_OF]->() | reverse([n IN nodes(p) | coalesce(n.abbreviation, n.name)])]),
    citations: CASE WHEN $withCitations THEN [(lead)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] ELSE [] END} AS leadRow
  MATCH (inv:Investigation)-[:LED_BY]->(lead)
  MATCH (pros:Prosecution)-[:ARISES_FROM]->(inv)
  MATCH (def:Defendant)-[:DEFENDANT_IN]->(pros)
  RETURN leadRow, inv, pros, def
}
CALL (def) {
  MATCH (charge:Charge)-[:CHARGED_AGAINST]->(def)
  OPTIONAL MATCH (charge)-[under:UNDER_STATUTE]->(statute:Statute)
  OPTIONAL MATCH (charge)-[inferred:IN_CATEGORY]->(inferredCategory:OffenseCategory)
  WITH charge, under, statute, inferred,
       [(statute)-[:IN_CATEGORY]->(c:OffenseCategory) | c] + CASE WHEN inferredCategory IS NULL THEN [] ELSE [inferredCategory] END AS categories
  WHERE ($statutes IS NULL OR statute.id IN $statutes)
    AND ($categories IS NULL OR any(c IN categories WHERE c.id IN $categories))
  RETURN collect({
    charge: charge{.*},
    statute: statute{.*},
    basis: coalesce(under.basis, inferred.basis),
    inference: coalesce(under.inference, inferred.inference),
    categories: [c IN categories | c{.id, .name}],
    citations: CASE WHEN $withCitations THEN [(charge)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] ELSE [] END
  }) AS charges
}
CALL (def, charges) {
  MATCH (conv:Conviction)-[:CONVICTS]->(def)
  WHERE $statutes IS NULL AND $categories IS NULL
     OR any(ch IN charges WHERE ch.charge.id IN [(conv)-[:ON_CHARGE]->(x:Charge) | x.id])
  OPTIONAL MATCH (sentence:Sentence)-[:FOR_CONVICTION]->(conv)
  WITH conv, sentence ORDER BY sentence.dateFrom
  WITH conv, head(collect(sentence)) AS sentence
  WITH conv, sentence,
    CASE WHEN conv.dateFrom IS NOT NULL THEN 'plea_or_verdict' WHEN sentence.dateFrom IS NOT NULL THEN 'judgment' END AS datedBy
  WITH conv, sentence, datedBy,
    CASE datedBy WHEN 'plea_or_verdict' THEN {text: conv.date, precision: conv.datePrecision, from: conv.dateFrom, to: conv.dateTo}
                 WHEN 'judgment' THEN {text: sentence.date, precision: sentence.datePrecision, from: sentence.dateFrom, to: sentence.dateTo}
                 ELSE {text: 'unknown', precision: 'unknown', from: null, to: null} END AS date
  RETURN collect({
    conviction: conv{.*},
    date: date,
    datedBy: datedBy,
    status: CASE
      WHEN datedBy IS NULL THEN 'unknown'
      WHEN date.to < $since OR ($until IS NOT NULL AND date.from > $until) THEN 'out'
      WHEN date.from >= $since AND ($until IS NULL OR date.to <= $until) THEN 'in'
      ELSE 'imprecise' END,
    sentenceMonths: sentence.prisonMonths,
    chargeIds: [(conv)-[:ON_CHARGE]->(x:Charge) | x.id],
    citations: CASE WHEN $withCitations THEN [(conv)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] ELSE [] END
  }) AS convictions
}
RETURN null AS agency, null AS statistics, {
  lead: leadRow,
  investigation: inv{.*},
  prosecution: pros{.*, district: head([(pros)-[:IN_DISTRICT]->(d) | d.name]), districtId: head([(pros)-[:IN_DISTRICT]->(d) | d.id])},
  caseCitations: CASE WHEN $withCitations THEN [(pros)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}] ELSE [] END,
  defendant: def{.*},
  charges: charges,
  convictions: convictions
} AS defendant
