// Records missing a link the model requires (the importer prevents these; writes by other
// paths might not).
MATCH (n:Entity)
WITH n, CASE
  WHEN n:Agency AND n.kind IN ['component', 'directorate', 'field_office', 'us_attorneys_office', 'division', 'section']
       AND NOT EXISTS { (n)-[:PART_OF]->(:Agency) } THEN 'a ' + n.kind + ' that is part of no agency'
  WHEN n:Statute AND NOT EXISTS { (n)-[:IN_CATEGORY]->(:OffenseCategory) } THEN 'a statute without a category'
  WHEN n:Claim AND NOT EXISTS { (n)-[:CLAIMED_BY]->() } THEN 'a claim without a claimant'
  WHEN n:Claim AND NOT EXISTS { (n)-[:SCOPE_AGENCY]->(:Agency) } THEN 'a claim without a scope agency'
  WHEN n:Investigation AND NOT EXISTS { (n)-[:LED_BY]->(:Agency) } THEN 'an investigation without a lead agency'
  WHEN n:Prosecution AND NOT EXISTS { (n)-[:ARISES_FROM]->(:Investigation) } THEN 'a prosecution without an investigation'
  WHEN n:Defendant AND NOT EXISTS { (n)-[:DEFENDANT_IN]->(:Prosecution) } THEN 'a defendant without a prosecution'
  WHEN n:Charge AND NOT EXISTS { (n)-[:CHARGED_AGAINST]->(:Defendant) } THEN 'a charge against no defendant'
  WHEN n:Conviction AND NOT EXISTS { (n)-[:CONVICTS]->(:Defendant) } THEN 'a conviction of no defendant'
  WHEN n:Sentence AND NOT EXISTS { (n)-[:SENTENCES]->(:Defendant) } THEN 'a sentence of no defendant'
END AS problem
WHERE problem IS NOT NULL
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.id AS id, problem
ORDER BY label, id
