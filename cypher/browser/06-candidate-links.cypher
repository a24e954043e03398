// Candidate links awaiting review
//
// Each candidate link between a named conviction (a press release's, a court record's) and a
// counted one (the U.S. Attorneys' caseload data), as the API's candidateLinks(status) lists
// them, with both defendants and their cases. The edge carries its evidence (district,
// overlapping statutes, both dates and days apart, both prison terms) and its status.
// Nothing is merged; npm run review judges them.
//
// Parameter, with the default (open, accepted or rejected; null for all):
//   :param status => 'open'
MATCH link = (named:Conviction)-[r:CANDIDATE_LINK]->(counted:Conviction)
WHERE $status IS NULL OR r.status = $status
MATCH namedCase = (named)-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
MATCH countedCase = (counted)-[:CONVICTS]->(:Defendant)-[:DEFENDANT_IN]->(:Prosecution)
RETURN link, namedCase, countedCase
