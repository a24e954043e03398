// What each conviction's stored placement is computed from (src/graph/placement.ts): its
// plea or verdict date, the judgments of the sentences for it and their prison terms (the one
// a conviction row shows first: convictions/rows.cypher's order), the case above it, its
// charges' statutes, how they were read, and their families (by the victim's age where a
// statute's family turns on it; an unranked family comes after every ranked one), and
// whether a source that is not retracted supports it.
UNWIND $ids AS id
MATCH (c:Conviction {id: id})
OPTIONAL MATCH (c)-[:CONVICTS]->(def:Defendant)
OPTIONAL MATCH (def)-[:DEFENDANT_IN]->(pros:Prosecution)
OPTIONAL MATCH (pros)-[:ARISES_FROM]->(inv:Investigation)
OPTIONAL MATCH (inv)-[:LED_BY]->(lead:Agency)
RETURN c.id AS id,
       {text: c.date, precision: c.datePrecision, from: c.dateFrom, to: c.dateTo} AS plea,
       c.dateYearFrom AS pleaYearFrom,
       // Convictions written before tiers were recorded are from public documents.
       coalesce(c.evidenceTier, 'announced') AS evidenceTier,
       [(s:Sentence)-[:FOR_CONVICTION]->(c) | {
          date: {text: s.date, precision: s.datePrecision, from: s.dateFrom, to: s.dateTo},
          yearFrom: s.dateYearFrom
       }] AS judgments,
       COLLECT {
         MATCH (s:Sentence)-[:FOR_CONVICTION]->(c)
         // A sentence written before terms had a kind has months or nothing.
         RETURN {kind: coalesce(s.prisonKind, CASE WHEN s.prisonMonths IS NULL THEN 'unknown' ELSE 'months' END), months: s.prisonMonths} AS term
         ORDER BY s.dateFrom, s.id
       } AS prisonTerms,
       def.name AS defendantName,
       def.printedName IS NOT NULL AS defendantNamed,
       pros.id AS prosecutionId,
       coalesce(pros.programs, []) AS programs,
       c.method AS method,
       c.trialBy AS trialBy,
       head([(pros)-[:IN_DISTRICT]->(d:District) | d.id]) AS districtId,
       lead.id AS leadAgencyId,
       lead.kind AS leadAgencyKind,
       coalesce(lead.lineage, []) AS leadLineage,
       [(inv)-[:PARTNERED_WITH]->(p:Agency) | coalesce(p.lineage, [p.id])] AS partnerLineages,
       [(c)-[:ON_CHARGE]->(ch:Charge) | {
          statute: head([(ch)-[:UNDER_STATUTE]->(st:Statute) | st.id]),
          basis: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.basis]), head([(ch)-[i:IN_CATEGORY]->() | i.basis])),
          categories: [(ch)-[:IN_CATEGORY]->(k:OffenseCategory) | {id: k.id, rank: coalesce(k.rank, 2147483647)}]
              + [(ch)-[:UNDER_STATUTE]->(:Statute)-[:IN_CATEGORY]->(k:OffenseCategory)
                 WHERE k.victimAge IS NULL OR k.victimAge = coalesce(ch.victimAge, 'not_stated') | {id: k.id, rank: coalesce(k.rank, 2147483647)}]
       }] AS charges,
       EXISTS { (c)-[:CITES]->(s:Source) WHERE NOT coalesce(s.retracted, false) } AS supported
