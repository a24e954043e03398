// A page of convictions matching the filters, with the total. Each row has the shape the
// tally returns per defendant (conviction-rows.ts maps both); dates follow the same rule:
// plea or verdict, else the judgment at sentencing.
//
// A district, when given, is where the match starts: from its index, not from every
// conviction in the graph (BENCHMARKS.md, the page at 10^5 cases).
CALL () {
  MATCH (:District {id: $district})<-[:IN_DISTRICT]-(pros:Prosecution)
  RETURN pros
  UNION ALL
  // The WITH makes the planner test the parameter once, before it scans.
  WITH 1 AS scan
  WHERE $district IS NULL
  MATCH (pros:Prosecution)
  RETURN pros
}
MATCH (conv:Conviction)-[:CONVICTS]->(def:Defendant)-[:DEFENDANT_IN]->(pros)
      -[:ARISES_FROM]->(inv:Investigation)-[:LED_BY]->(lead:Agency)
WHERE ($agency IS NULL OR EXISTS { (lead)-[:PART_OF*0..]->(:Agency {id: $agency}) })
  AND ($statute IS NULL OR EXISTS { (conv)-[:ON_CHARGE]->(:Charge)-[:UNDER_STATUTE]->(:Statute {id: $statute}) })
  AND ($category IS NULL OR EXISTS {
        (conv)-[:ON_CHARGE]->(:Charge)-[:UNDER_STATUTE|IN_CATEGORY*1..2]->(:OffenseCategory {id: $category}) })
  AND ($stage IS NULL OR EXISTS { (conv)-[:ON_CHARGE]->(:Charge {stage: $stage}) })
OPTIONAL MATCH (sentence:Sentence)-[:FOR_CONVICTION]->(conv)
WITH conv, def, pros, inv, lead, sentence ORDER BY sentence.dateFrom
WITH conv, def, pros, inv, lead, head(collect(sentence)) AS sentence
WITH conv, def, pros, inv, lead, sentence,
  CASE WHEN conv.dateFrom IS NOT NULL THEN 'plea_or_verdict' WHEN sentence.dateFrom IS NOT NULL THEN 'judgment' END AS datedBy
WITH conv, def, pros, inv, lead, sentence, datedBy,
  CASE datedBy WHEN 'plea_or_verdict' THEN {text: conv.date, precision: conv.datePrecision, from: conv.dateFrom, to: conv.dateTo}
               WHEN 'judgment' THEN {text: sentence.date, precision: sentence.datePrecision, from: sentence.dateFrom, to: sentence.dateTo}
               ELSE {text: 'unknown', precision: 'unknown', from: null, to: null} END AS date
WITH conv, def, pros, inv, lead, sentence, datedBy, date,
  CASE
    WHEN $since IS NULL THEN 'unknown'
    WHEN datedBy IS NULL THEN 'unknown'
    WHEN date.to < $since OR ($until IS NOT NULL AND date.from > $until) THEN 'out'
    WHEN date.from >= $since AND ($until IS NULL OR date.to <= $until) THEN 'in'
    ELSE 'imprecise' END AS status
WHERE $since IS NULL OR status = 'in'
ORDER BY
  CASE WHEN $sort = 'DATE_ASC' THEN date.from END ASC,
  CASE WHEN $sort = 'DATE_DESC' THEN date.from END DESC,
  CASE WHEN $sort = 'DEFENDANT_ASC' THEN def.name END ASC,
  conv.id
WITH collect({conv: conv, def: def, pros: pros, inv: inv, lead: lead, sentence: sentence, datedBy: datedBy, date: date, status: status}) AS matches
WITH size(matches) AS totalCount, matches[$offset..($offset + $first)] AS page
// An empty page still returns one row, so that the total is always known.
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
WITH totalCount, row, row.conv AS conv, row.lead AS lead, row.pros AS pros, row.inv AS inv, row.def AS def
RETURN totalCount, CASE WHEN row IS NULL THEN null ELSE {
  lead: lead{.*,
    path: head([p = (lead)-[:PART_OF*0..]->(top) WHERE NOT (top)-[:PART_OF]->() | reverse([n IN nodes(p) | coalesce(n.abbreviation, n.name)])]),
    citations: [(lead)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]},
  investigation: inv{.*},
  prosecution: pros{.*, district: head([(pros)-[:IN_DISTRICT]->(d) | d.name]), districtId: head([(pros)-[:IN_DISTRICT]->(d) | d.id])},
  caseCitations: [(pros)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}],
  defendant: def{.*},
  charges: [(conv)-[:ON_CHARGE]->(charge:Charge) | {
    charge: charge{.*},
    statute: head([(charge)-[:UNDER_STATUTE]->(st:Statute) | st{.*}]),
    basis: coalesce(head([(charge)-[u:UNDER_STATUTE]->() | u.basis]), head([(charge)-[i:IN_CATEGORY]->() | i.basis])),
    inference: coalesce(head([(charge)-[u:UNDER_STATUTE]->() | u.inference]), head([(charge)-[i:IN_CATEGORY]->() | i.inference])),
    categories: [(charge)-[:UNDER_STATUTE|IN_CATEGORY*1..2]->(c:OffenseCategory) | c{.id, .name}],
    citations: [(charge)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]
  }],
  convictions: [{
    conviction: conv{.*},
    date: row.date,
    datedBy: row.datedBy,
    status: row.status,
    sentenceMonths: row.sentence.prisonMonths,
    chargeIds: [(conv)-[:ON_CHARGE]->(x:Charge) | x.id],
    citations: [(conv)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]
  }]
} END AS entry
