// The whole case around the node $id (an investigation, prosecution, defendant, charge,
// conviction or sentence), as one tree with the citations of every node: the investigation
// with its lead agency (and the agencies above it) and partner agencies; its prosecutions;
// their defendants; each defendant's charges and convictions (with the charges they are on);
// each conviction's sentences. No row when no node has the id; `investigation` is null when
// the node is not part of a case (its label says what it is).
MATCH (start:Entity {id: $id})
OPTIONAL MATCH (start)-[:FOR_CONVICTION|CONVICTS|SENTENCES|CHARGED_AGAINST|DEFENDANT_IN|ARISES_FROM*0..4]->(found:Investigation)
WITH start, head(collect(DISTINCT found)) AS inv
OPTIONAL MATCH (inv)-[:LED_BY]->(lead:Agency)
RETURN [label IN labels(start) WHERE label <> 'Entity'][0] AS label,
  CASE WHEN inv IS NULL THEN null ELSE inv{.*,
    citations: [(inv)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}],
    lead: lead{.*, citations: [(lead)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]},
    // The lead's lineage is its own id, then its parent's, up to the top (derive/agency_lineage.cypher).
    leadParents: COLLECT {
      UNWIND range(1, size(coalesce(lead.lineage, [])) - 1) AS i
      MATCH (a:Agency {id: lead.lineage[i]})
      RETURN a{.*, citations: [(a)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]} AS a
      ORDER BY i
    },
    partners: COLLECT {
      MATCH (inv)-[:PARTNERED_WITH]->(a:Agency)
      RETURN a{.*, citations: [(a)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]} AS a
      ORDER BY a.id
    },
    prosecutions: COLLECT {
      MATCH (inv)<-[:ARISES_FROM]-(p:Prosecution)
      RETURN p{.*,
        district: head([(p)-[:IN_DISTRICT]->(d:District) | d{.id, .name}]),
        citations: [(p)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}],
        defendants: COLLECT {
          MATCH (p)<-[:DEFENDANT_IN]-(d:Defendant)
          RETURN d{.*,
            citations: [(d)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}],
            charges: COLLECT {
              MATCH (d)<-[:CHARGED_AGAINST]-(ch:Charge)
              RETURN {
                charge: ch{.*},
                statute: head([(ch)-[:UNDER_STATUTE]->(st:Statute) | st{.id, .section, .title, .subsection}]),
                basis: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.basis]), head([(ch)-[i:IN_CATEGORY]->() | i.basis])),
                inference: coalesce(head([(ch)-[u:UNDER_STATUTE]->() | u.inference]), head([(ch)-[i:IN_CATEGORY]->() | i.inference])),
                categories: COLLECT { MATCH (k:OffenseCategory) WHERE k.id IN ch.categories RETURN k{.id, .name, .description, .rank, childSexualExploitation: coalesce(k.childSexualExploitation, false)} AS k ORDER BY k.rank },
                citations: [(ch)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]
              } AS charge
              ORDER BY ch.id
            },
            convictions: COLLECT {
              MATCH (d)<-[:CONVICTS]-(c:Conviction)
              RETURN c{.*,
                chargeIds: COLLECT { MATCH (c)-[:ON_CHARGE]->(ch:Charge) RETURN ch.id AS id ORDER BY id },
                citations: [(c)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}],
                sentences: COLLECT {
                  MATCH (c)<-[:FOR_CONVICTION]-(sen:Sentence)
                  RETURN {props: sen{.*}, citations: [(sen)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]} AS sentence
                  ORDER BY sen.dateFrom, sen.id
                }
              } AS c
              ORDER BY c.id
            },
            // A sentence a source gives without saying which conviction it is for.
            otherSentences: COLLECT {
              MATCH (d)<-[:SENTENCES]-(sen:Sentence)
              WHERE NOT (sen)-[:FOR_CONVICTION]->(:Conviction)
              RETURN {props: sen{.*}, citations: [(sen)-[cite:CITES]->(s:Source) | {locator: cite.locator, supports: cite.supports, source: s{.*}}]} AS sentence
              ORDER BY sen.dateFrom, sen.id
            }
          } AS d
          ORDER BY d.id
        }
      } AS p
      ORDER BY p.id
    }
  } END AS investigation
